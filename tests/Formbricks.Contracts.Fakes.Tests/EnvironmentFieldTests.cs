using System.Net;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>The body's <c>environmentId</c> / <c>workspaceId</c>: type-checked alike, resolved alike on every v2 create route.</summary>
public sealed class EnvironmentFieldTests : IClassFixture<FakeFormbricksFixture>
{
    private const string NumberIssue = """{"error":{"code":422,"message":"Unprocessable Entity","details":[{"field":"environmentId","issue":"Invalid input: expected string, received number"}]}}""";
    private readonly FakeFormbricksServer _server;

    public EnvironmentFieldTests(FakeFormbricksFixture fixture)
    {
        _server = fixture.Server;
    }

    [Fact]
    public async Task Numeric_environmentId_beside_a_valid_workspaceId_is_422_on_createSurvey()
    {
        using var client = _server.CreateClient();
        var (status, body) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys",
            $$"""{"name":"x","type":"link","environmentId":123,"workspaceId":"{{_server.Seeded.EnvironmentId}}"}""");
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Equal(NumberIssue, body.Json());
    }

    [Fact]
    public async Task Numeric_environmentId_is_422_on_bulk_upsert_instead_of_the_default_environment()
    {
        using var client = _server.CreateClient();
        var before = _server.Data.Contacts.Count;
        var (status, body) = await client.SendJsonAsync(HttpMethod.Put, "v2/management/contacts/bulk",
            """{"environmentId":123,"contacts":[{"attributes":{"email":"typed@example.com"}}]}""");
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Equal(NumberIssue, body.Json());
        Assert.Equal(before, _server.Data.Contacts.Count);
    }

    [Fact]
    public async Task Numeric_workspaceId_is_422_on_createSurvey()
    {
        using var client = _server.CreateClient();
        var (status, body) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys",
            $$"""{"name":"x","type":"link","environmentId":"{{_server.Seeded.EnvironmentId}}","workspaceId":7}""");
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Equal("""{"error":{"code":422,"message":"Unprocessable Entity","details":[{"field":"workspaceId","issue":"Invalid input: expected string, received number"}]}}""", body.Json());
    }

    [Fact]
    public async Task WorkspaceId_wins_over_environmentId_on_createSurvey_and_bulk_upsert()
    {
        using var client = _server.CreateClient();
        var env = _server.Seeded.EnvironmentId;
        var other = _server.Seeded.OtherEnvironmentId;
        var (created, survey) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys",
            $$"""{"name":"ws","type":"app","environmentId":"{{other}}","workspaceId":"{{env}}"}""");
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(env, (string)survey!["data"]!["environmentId"]!);

        var (forbidden, denied) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys",
            $$"""{"name":"ws","type":"app","environmentId":"{{env}}","workspaceId":"{{other}}"}""");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
        Assert.Equal("""{"error":{"code":403,"message":"Forbidden"}}""", denied.Json());

        var (bulkDenied, bulkBody) = await client.SendJsonAsync(HttpMethod.Put, "v2/management/contacts/bulk",
            $$$"""{"environmentId":"{{{env}}}","workspaceId":"{{{other}}}","contacts":[{"attributes":{"email":"ws@example.com"}}]}""");
        Assert.Equal(HttpStatusCode.Forbidden, bulkDenied);
        Assert.Equal("""{"error":{"code":403,"message":"Forbidden"}}""", bulkBody.Json());
    }
}
