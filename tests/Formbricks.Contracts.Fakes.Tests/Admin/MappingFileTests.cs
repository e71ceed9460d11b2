using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests.Admin;

/// <summary>
/// Mapping files written for real WireMock.Net (an array, as its static mappings and <c>POST /__admin/mappings</c>
/// take) and real Java WireMock (<c>{"mappings": […]}</c>, as its <c>mappings/</c> folder and
/// <c>POST /__admin/mappings/import</c> take) — body matchers, priorities, a scenario, a template — loaded into the fake:
/// a conversation of requests gets the answers WireMock gives (Mappings/conversation.json; the WireMock.Net one is
/// also checked against real WireMock.Net in Formbricks.Contracts.Fakes.WireMock.Tests).
/// </summary>
public sealed class MappingFileTests
{
    [Theory]
    [InlineData("wiremock-net-mappings.json", "__admin/mappings")]
    [InlineData("wiremock-java-mappings.json", "__admin/mappings/import")]
    public async Task A_WireMock_mapping_file_gets_the_answers_WireMock_gives(string file, string route)
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, route, await ReadAsync(file));
        Assert.Equal(10, (await fake.AdminAsync(HttpMethod.Get, "__admin/mappings")).AsArray().Count);

        foreach (var step in JsonNode.Parse(await ReadAsync("conversation.json"))!.AsArray())
        {
            var (method, path, body) = ((string)step!["method"]!, (string)step["path"]!, (string)step["body"]!);
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(fake.Server.Url, path));
            if (body.Length > 0)
            {
                request.Content = new StringContent(body, Encoding.UTF8, body.StartsWith('{') ? "application/json" : "text/plain");
            }

            using var response = await fake.Api.SendAsync(request, TestContext.Current.CancellationToken);
            var answer = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.True(
                (int)step["status"]! == (int)response.StatusCode && (string)step["answer"]! == answer,
                $"{method} {path} {body}: expected {step["status"]} '{step["answer"]}', got {(int)response.StatusCode} '{answer}'");
        }

        var order = Assert.Single((await fake.AdminAsync(HttpMethod.Get, "__admin/scenarios")).AsArray())!;
        Assert.Equal("Placed", (string)order["State"]!);
        Assert.Equal(20, (await fake.AdminAsync(HttpMethod.Get, "__admin/requests")).AsArray().Count);
        Assert.Empty(fake.Server.Journal);
    }

    private static Task<string> ReadAsync(string file) =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Admin", "Mappings", file), TestContext.Current.CancellationToken);
}
