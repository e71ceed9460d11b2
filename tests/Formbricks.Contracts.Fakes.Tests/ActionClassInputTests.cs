using System.Net;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>Action class <c>name</c> is <c>z.string().trim().min(1)</c>: trimmed first, then at least one character.</summary>
public sealed class ActionClassInputTests : IClassFixture<FakeFormbricksFixture>
{
    private readonly FakeFormbricksServer _server;

    public ActionClassInputTests(FakeFormbricksFixture fixture)
    {
        _server = fixture.Server;
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\\t\\n ")]
    public async Task Blank_name_is_400_after_trimming(string name)
    {
        using var client = _server.CreateClient();
        var before = _server.Data.ActionClasses.Count;
        var (status, body) = await client.SendJsonAsync(HttpMethod.Post, "v1/management/action-classes",
            $$"""{"name":"{{name}}","type":"code","key":"k","environmentId":"{{_server.Seeded.EnvironmentId}}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("""{"code":"bad_request","message":"Fields are missing or incorrectly formatted","details":{"name":"Too small: expected string to have >=1 characters"}}""", body.Json());
        Assert.Equal(before, _server.Data.ActionClasses.Count);
    }

    [Fact]
    public async Task Name_is_stored_trimmed()
    {
        using var client = _server.CreateClient();
        var (status, body) = await client.SendJsonAsync(HttpMethod.Post, "v1/management/action-classes",
            $$"""{"name":"  Clicked  ","type":"code","key":"clicked","environmentId":"{{_server.Seeded.EnvironmentId}}"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Clicked", (string)body!["data"]!["name"]!);
    }
}
