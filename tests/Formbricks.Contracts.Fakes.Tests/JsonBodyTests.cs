using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// Request bodies are parsed as <c>request.json()</c>, i.e. JavaScript's <c>JSON.parse</c>: a duplicate key's last
/// value wins and deep nesting is fine (up to the fake's limit of 1000 levels).
/// </summary>
public sealed class JsonBodyTests : IClassFixture<FakeFormbricksFixture>
{
    private static readonly JsonSerializerOptions Deep = new() { MaxDepth = 2000 };
    private readonly FakeFormbricksServer _server;

    public JsonBodyTests(FakeFormbricksFixture fixture)
    {
        _server = fixture.Server;
    }

    [Fact]
    public async Task Duplicate_key_is_no_error_and_its_last_value_is_what_zod_and_the_handler_see()
    {
        using var client = _server.CreateClient();
        var env = _server.Seeded.EnvironmentId;
        var (created, body) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys",
            $$"""{"name":5,"type":"link","environmentId":"{{env}}","name":"last wins","type":"app"}""");
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("last wins", (string)body!["data"]!["name"]!);
        Assert.Equal("app", (string)body["data"]!["type"]!);
        var survey = _server.Data.Find<FakeSurvey>((string)body["data"]!["id"]!)!;
        Assert.Equal(("last wins", FakeSurveyType.App), (survey.Name, survey.Type));

        var (invalid, error) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys",
            $$"""{"name":"first","type":"link","environmentId":"{{env}}","name":5}""");
        Assert.Equal((HttpStatusCode)422, invalid);
        Assert.Equal(
            """{"error":{"code":422,"message":"Unprocessable Entity","details":[{"field":"name","issue":"Invalid input: expected string, received number"}]}}""",
            error.Json());

        var (key, keyBody) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/contact-attribute-keys",
            $$"""{"key":"first_key","environmentId":"{{env}}","name":"First","key":"plan_tier","name":"Plan tier"}""");
        Assert.Equal(HttpStatusCode.Created, key);
        Assert.Equal(("plan_tier", "Plan tier"), ((string)keyBody!["data"]!["key"]!, (string)keyBody["data"]!["name"]!));
        Assert.Contains(_server.Data.AttributeKeys, k => k.EnvironmentId == env && k.Key == "plan_tier" && k.Name == "Plan tier");
        Assert.DoesNotContain(_server.Data.AttributeKeys, k => k.Key == "first_key");
    }

    [Fact]
    public async Task Duplicate_keys_inside_response_data_keep_the_last_value_on_the_client_api()
    {
        using var anonymous = _server.CreateClient(apiKey: null);
        var (status, body) = await anonymous.SendJsonAsync(HttpMethod.Post, $"v1/client/{_server.Seeded.EnvironmentId}/responses",
            $$"""{"surveyId":"{{_server.Seeded.LinkSurveyId}}","finished":false,"data":{"q1":"first","q2":"other","q1":"last"},"finished":true}""");
        Assert.Equal(HttpStatusCode.OK, status);
        var stored = _server.Data.Find<FakeResponse>((string)body!["data"]!["id"]!)!;
        Assert.True(stored.Finished);
        Assert.Equal(2, stored.Data.Count);
        Assert.Equal("last", (string)stored.Data["q1"]!);
        Assert.Equal("other", (string)stored.Data["q2"]!);
    }

    [Fact]
    public async Task Data_nested_100_levels_deep_is_stored_and_read_back()
    {
        using var client = _server.CreateClient();
        var nested = Nest(100, "\"leaf\"");
        var (status, text) = await SendAsync(client, HttpMethod.Post, "v2/management/responses",
            $$$"""{"surveyId":"{{{_server.Seeded.LinkSurveyId}}}","finished":true,"data":{"q1":{{{nested}}}}}""");
        Assert.Equal(HttpStatusCode.Created, status);
        var id = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 2000 })!["data"]!["id"]!.GetValue<string>();
        Assert.Equal(nested, _server.Data.Find<FakeResponse>(id)!.Data["q1"]!.ToJsonString(Deep));

        var (read, readText) = await SendAsync(client, HttpMethod.Get, $"v2/management/responses/{id}", null);
        Assert.Equal(HttpStatusCode.OK, read);
        Assert.Contains($"\"data\":{{\"q1\":{nested}}}", readText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nesting_up_to_1000_levels_parses_and_deeper_is_a_clear_400_while_broken_json_stays_malformed()
    {
        using var client = _server.CreateClient();
        var (atLimit, atLimitBody) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys", Nest(1000, "1"));
        Assert.Equal((HttpStatusCode)422, atLimit);
        Assert.Equal(
            """{"error":{"code":422,"message":"Unprocessable Entity","details":[{"field":"","issue":"Invalid input: expected object, received array"}]}}""",
            atLimitBody.Json());

        var (tooDeep, tooDeepBody) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys", Nest(1001, "1"));
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep);
        Assert.Equal(
            """{"error":{"code":400,"message":"Bad Request","details":[{"field":"error","issue":"JSON nested deeper than 1000 levels: a limit of the fake server, not of Formbricks"}]}}""",
            tooDeepBody.Json());

        var (v1, v1Body) = await client.SendJsonAsync(HttpMethod.Post, "v1/webhooks", Nest(1001, "1"));
        Assert.Equal(HttpStatusCode.BadRequest, v1);
        Assert.Equal(
            """{"code":"bad_request","message":"JSON nested deeper than 1000 levels: a limit of the fake server, not of Formbricks","details":{}}""",
            v1Body.Json());

        var (broken, brokenBody) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys", new string('[', 2000));
        Assert.Equal(HttpStatusCode.BadRequest, broken);
        Assert.Equal(
            """{"error":{"code":400,"message":"Bad Request","details":[{"field":"error","issue":"Malformed JSON input, please check your request body"}]}}""",
            brokenBody.Json());
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(" \n\t ")]
    [InlineData("{\"name\": ")]
    [InlineData("[1,]")]
    public async Task Text_that_JSON_parse_rejects_is_malformed_never_too_deep(string text)
    {
        using var client = _server.CreateClient();

        var (status, body) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys", text);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            """{"error":{"code":400,"message":"Bad Request","details":[{"field":"error","issue":"Malformed JSON input, please check your request body"}]}}""",
            body.Json());
    }

    /// <summary><paramref name="depth"/> nested arrays around <paramref name="leaf"/>.</summary>
    private static string Nest(int depth, string leaf) => new string('[', depth) + leaf + new string(']', depth);

    private static async Task<(HttpStatusCode Status, string Text)> SendAsync(HttpClient client, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
