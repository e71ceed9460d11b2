using System.Net;
using System.Text;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>Malformed JSON, oversized bodies, wrong types, and garbage everywhere: never an unexpected 500.</summary>
public sealed class BadInputTests : IClassFixture<FakeFormbricksFixture>
{
    private readonly FakeFormbricksServer _server;

    public BadInputTests(FakeFormbricksFixture fixture)
    {
        _server = fixture.Server;
    }

    [Fact]
    public async Task Malformed_json_is_400_in_each_family()
    {
        using var client = _server.CreateClient();
        var v2 = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys", "{not json");
        Assert.Equal(HttpStatusCode.BadRequest, v2.Status);
        Assert.Equal("""{"error":{"code":400,"message":"Bad Request","details":[{"field":"error","issue":"Malformed JSON input, please check your request body"}]}}""", v2.Body.Json());

        var v1 = await client.SendJsonAsync(HttpMethod.Post, "v1/webhooks", "[1,");
        Assert.Equal(HttpStatusCode.BadRequest, v1.Status);
        Assert.Equal("""{"code":"bad_request","message":"Malformed JSON input, please check your request body","details":{}}""", v1.Body.Json());

        var v2Client = await client.SendJsonAsync(HttpMethod.Post, $"v2/client/{_server.Seeded.EnvironmentId}/responses", "");
        Assert.Equal(HttpStatusCode.BadRequest, v2Client.Status);
        Assert.Equal("Invalid JSON in request body", (string)v2Client.Body!["message"]!);
    }

    [Fact]
    public async Task Three_MiB_body_is_413()
    {
        using var client = _server.CreateClient();
        var big = "{\"name\":\"" + new string('x', 3 * 1024 * 1024) + "\"}";
        var v2 = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, v2.Status);
        Assert.Equal("""{"error":{"code":413,"message":"Payload Too Large"}}""", v2.Body.Json());
        var v1 = await client.SendJsonAsync(HttpMethod.Post, $"v1/client/{_server.Seeded.EnvironmentId}/responses", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, v1.Status);
        Assert.Equal("payload_too_large", (string)v1.Body!["code"]!);
    }

    [Fact]
    public async Task Wrong_types_are_422_in_v2_and_400_with_a_details_map_in_v1()
    {
        using var client = _server.CreateClient();
        var v2 = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys", """{"name":5,"type":"poll"}""");
        Assert.Equal((HttpStatusCode)422, v2.Status);
        Assert.Equal(
            """{"error":{"code":422,"message":"Unprocessable Entity","details":[{"field":"name","issue":"Invalid input: expected string, received number"},{"field":"type","issue":"Invalid option: expected one of \"link\"|\"app\""},{"field":"environmentId","issue":"Invalid input: expected string, received undefined"}]}}""",
            v2.Body.Json());

        var v1 = await client.SendJsonAsync(HttpMethod.Post, $"v1/client/{_server.Seeded.EnvironmentId}/responses", """{"surveyId":"X","finished":"yes","data":[]}""");
        Assert.Equal(HttpStatusCode.BadRequest, v1.Status);
        Assert.Equal(
            """{"code":"bad_request","message":"Fields are missing or incorrectly formatted","details":{"surveyId":"Invalid cuid2","finished":"Invalid input: expected boolean, received string","data":"Invalid input: expected record, received array"}}""",
            v1.Body.Json());
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\\t\\n ")]
    public async Task Blank_action_class_name_is_400_after_trimming(string name)
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
    public async Task Action_class_name_is_stored_trimmed()
    {
        using var client = _server.CreateClient();
        var (status, body) = await client.SendJsonAsync(HttpMethod.Post, "v1/management/action-classes",
            $$"""{"name":"  Clicked  ","type":"code","key":"clicked","environmentId":"{{_server.Seeded.EnvironmentId}}"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Clicked", (string)body!["data"]!["name"]!);
    }

    [Fact]
    public async Task Garbage_never_yields_an_unexpected_500()
    {
        string[] bodies = ["", "null", "[]", "\"text\"", "42", "{", "{\"a\":1,\"a\":2}", "{\"surveyId\":null,\"data\":null,\"contacts\":[1,{\"attributes\":[]}]}",
            "{\"name\":[],\"type\":{},\"environmentId\":7,\"status\":false,\"questions\":\"q\",\"url\":\"ftp://x\",\"triggers\":[],\"key\":\"\",\"meta\":{\"url\":5}}"];
        string[] ids = ["x", "UPPER", "%20", "a%2Fb", "zzzzzzzzzzzzzzzzzzzzzzzzz", _server.Seeded.LinkSurveyId, new string('a', 3000)];
        string[] queries = ["", "?limit=-1&skip=abc", "?limit=1e400&expirationDays=Infinity", "?attributeKeys=,,,&surveyId=%ZZ", "?limit=2.7&skip=0.5",
            "?sortBy=zz&order=&startDate=9999999-99&endDate=%00&filterDateField=1", "?startDate=0001-01-01&endDate=9999-12-31T23:59:59%2B14:00&order=asc&sortBy=updatedAt"];
        using var client = _server.CreateClient();
        var paths = new List<string>
        {
            "v1/me", "v2/management/surveys", "v2/management/responses", "v2/management/contacts", "v2/management/contacts/bulk",
            "v2/management/contact-attribute-keys", "v1/management/action-classes", "v1/webhooks",
        };
        foreach (var id in ids)
        {
            paths.AddRange([
                $"v2/management/surveys/{id}", $"v2/management/surveys/{_server.Seeded.LinkSurveyId}/contact-links/contacts/{id}",
                $"v1/management/surveys/{id}/singleUseIds", $"v2/management/responses/{id}", $"v2/management/contacts/{id}",
                $"v1/management/action-classes/{id}", $"v1/webhooks/{id}", $"v1/client/{id}/displays", $"v1/client/{id}/responses",
                $"v1/client/{_server.Seeded.EnvironmentId}/responses", $"v2/client/{_server.Seeded.EnvironmentId}/displays", $"../c/{id}", $"../s/{id}",
            ]);
        }

        var unexpected = new List<string>();
        foreach (var path in paths)
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete })
            {
                foreach (var query in queries)
                {
                    foreach (var body in method == HttpMethod.Get || method == HttpMethod.Delete ? [""] : bodies)
                    {
                        using var request = new HttpRequestMessage(method, path + query);
                        if (body.Length > 0)
                        {
                            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                        }

                        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                        if ((int)response.StatusCode >= 500)
                        {
                            unexpected.Add($"{method} {path}{query} {body} → {(int)response.StatusCode}");
                        }
                    }
                }
            }
        }

        Assert.Empty(unexpected);
    }
}
