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
