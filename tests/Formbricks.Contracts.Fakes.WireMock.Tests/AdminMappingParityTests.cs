using System.Text;
using System.Text.Json.Nodes;
using WireMock.Server;

namespace Formbricks.Contracts.Fakes.WireMock.Tests;

/// <summary>
/// The fake's own admin API against real WireMock.Net: the same mapping file (body matchers, priorities, a scenario,
/// a template) posted to both through <c>POST /__admin/mappings</c>, the same conversation sent to both, the same
/// status and body from each, request by request.
/// </summary>
public sealed class AdminMappingParityTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_WireMock_Net_mapping_file_gets_the_same_answers_from_the_fake_as_from_WireMock_Net()
    {
        var mappings = await ReadAsync("wiremock-net-mappings.json");
        var conversation = JsonNode.Parse(await ReadAsync("conversation.json"))!.AsArray();
        using var wireMock = WireMockServer.StartWithAdminInterface();
        await using var fake = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http, AdminApi = true, SegmentSizes = [] }, Token);
        using var real = new HttpClient { BaseAddress = new Uri(wireMock.Url!) };
        using var ours = new HttpClient { BaseAddress = fake.Url };
        foreach (var client in new[] { real, ours })
        {
            using var content = new StringContent(mappings, Encoding.UTF8, "application/json");
            using var posted = await client.PostAsync("/__admin/mappings", content, Token);
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync(Token));
        }

        foreach (var step in conversation)
        {
            var (method, path, body) = ((string)step!["method"]!, (string)step["path"]!, (string)step["body"]!);
            var expected = await SendAsync(real, method, path, body);
            var actual = await SendAsync(ours, method, path, body);

            Assert.True(expected == actual, $"{method} {path} {body}: WireMock.Net answered {expected}, the fake {actual}");
            Assert.Equal(((int)step["status"]!, (string)step["answer"]!), expected);
        }
    }

    [Fact]
    public async Task Edge_cases_of_the_body_matchers_scenarios_and_templates_answer_as_WireMock_Net_does()
    {
        const string Mappings = """
            [{"Priority": 1, "Request": {"Path": "/edge/json", "Body": {"Matcher": {"Name": "JsonMatcher", "Pattern": {"n": 1, "s": "Ab"}}}}, "Response": {"Body": "json"}},
             {"Priority": 2, "Request": {"Path": "/edge/json", "Body": {"Matcher": {"Name": "JsonMatcher", "Pattern": {"N": 2, "S": "ab"}, "IgnoreCase": true}}}, "Response": {"Body": "json ignore case"}},
             {"Priority": 3, "Request": {"Path": "/edge/json", "Body": {"Matcher": {"Name": "JsonPartialMatcher", "Pattern": {"a.b": 3, "list": [2]}}}}, "Response": {"Body": "partial"}},
             {"Priority": 4, "Request": {"Path": "/edge/json", "Body": {"Matcher": {"Name": "JsonPathMatcher", "Pattern": "$.things[?(@.name == 'x')]"}}}, "Response": {"Body": "path"}},
             {"Priority": 5, "Request": {"Path": "/edge/json", "Body": {"Matcher": {"Name": "JsonPathMatcher", "Pattern": "$.maybe"}}}, "Response": {"Body": "path to null"}},
             {"Request": {"Path": "/edge/template"}, "Response": {"UseTransformer": true, "Body": "[{{request.query.q}}] [{{{request.query.q}}}] [{{JsonPath.SelectToken request.body '$.o'}}] [{{JsonPath.SelectToken request.body '$.b'}}] [{{JsonPath.SelectToken request.body '$.n'}}] [{{JsonPath.SelectToken request.body '$.s'}}] [{{request.headers.x-h}}]"}},
             {"Scenario": "s", "SetStateTo": "B", "TimesInSameState": 2, "Request": {"Path": "/edge/s", "Methods": ["POST"]}, "Response": {"Body": "a"}},
             {"Scenario": "s", "WhenStateIs": "B", "Request": {"Path": "/edge/s", "Methods": ["GET"]}, "Response": {"Body": "b"}},
             {"Priority": 100, "Request": {"Path": "/edge/*"}, "Response": {"StatusCode": 404, "Body": "none"}}]
            """;
        string[][] requests =
        [
            ["POST", "/edge/json", """{"s": "Ab", "n": 1}"""],
            ["POST", "/edge/json", """{"n": 1.0, "s": "Ab"}"""],
            ["POST", "/edge/json", """{"n": 1, "s": "ab"}"""],
            ["POST", "/edge/json", """{"n": 2, "s": "AB"}"""],
            ["POST", "/edge/json", """{"a": {"b": 3, "c": 4}, "list": [1, 2, 3]}"""],
            ["POST", "/edge/json", """{"a": {"b": 3}, "list": [1]}"""],
            ["POST", "/edge/json", """{"things": [{"name": "y"}, {"name": "x"}], "other": 1}"""],
            ["POST", "/edge/json", """{"things": [{"name": "y"}], "other": 1}"""],
            ["POST", "/edge/json", """{"maybe": null}"""],
            ["GET", "/edge/s", ""], ["POST", "/edge/s", ""], ["GET", "/edge/s", ""], ["POST", "/edge/s", ""], ["GET", "/edge/s", ""],
            ["GET", "/edge/s", ""], ["POST", "/edge/s", ""],
            ["POST", "/edge/template?q=a%26b%3Cc%22d%27e%3Df", """{"o": {"k": "<v>"}, "b": true, "n": 1.50, "s": "x<y"}"""],
        ];
        using var wireMock = WireMockServer.StartWithAdminInterface();
        await using var fake = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http, AdminApi = true, SegmentSizes = [] }, Token);
        using var real = new HttpClient { BaseAddress = new Uri(wireMock.Url!) };
        using var ours = new HttpClient { BaseAddress = fake.Url };
        foreach (var client in new[] { real, ours })
        {
            client.DefaultRequestHeaders.Add("x-h", "<h>");
            using var content = new StringContent(Mappings, Encoding.UTF8, "application/json");
            using var posted = await client.PostAsync("/__admin/mappings", content, Token);
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync(Token));
        }

        var differences = new List<string>();
        foreach (var request in requests)
        {
            var expected = await SendAsync(real, request[0], request[1], request[2]);
            var actual = await SendAsync(ours, request[0], request[1], request[2]);
            if (expected != actual)
            {
                differences.Add($"{request[0]} {request[1]} {request[2]}: WireMock.Net {expected}, the fake {actual}");
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private static async Task<(int Status, string Body)> SendAsync(HttpClient client, string method, string path, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8, body.StartsWith('{') ? "application/json" : "text/plain");
        }

        using var response = await client.SendAsync(request, Token);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(Token));
    }

    private static Task<string> ReadAsync(string file) =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Mappings", file), Token);
}
