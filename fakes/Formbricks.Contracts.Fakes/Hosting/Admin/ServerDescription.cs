using System.Text.Json;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>
/// What a client needs to use a running server, as one JSON object: the standalone host's <c>--json</c> line and
/// <c>GET /__formbricks/server</c>.
/// </summary>
internal sealed record ServerDescription(Uri Url, string ApiKey, int Seed, SeededIds Seeded)
{
    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public JsonObject ToJson() => new()
    {
        ["url"] = Url.ToString(),
        ["apiUrl"] = new Uri(Url, "api/").ToString(),
        ["apiKey"] = ApiKey,
        ["adminUrl"] = new Uri(Url, FormbricksAdmin.Prefix + "/").ToString(),
        ["wireMockAdminUrl"] = new Uri(Url, WireMockAdmin.Prefix + "/").ToString(),
        ["seed"] = Seed,
        ["seeded"] = JsonSerializer.SerializeToNode(Seeded, CamelCase),
    };

    /// <summary>The description of <paramref name="server"/> as one line of JSON.</summary>
    public static string ToJsonLine(FakeFormbricksServer server) =>
        new ServerDescription(server.Url, server.ApiKey, server.Options.Seed, server.Seeded).ToJson().ToJsonString();
}
