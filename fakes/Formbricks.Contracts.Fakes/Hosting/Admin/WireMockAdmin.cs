using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>
/// The WireMock-compatible part of the admin API, shaped as WireMock.Net's: <c>/__admin/mappings</c> (GET, POST,
/// DELETE; <c>/{guid}</c> GET, PUT, DELETE; <c>POST /reset</c>; Java's <c>POST /import</c>), <c>/__admin/requests</c> (GET, DELETE; <c>/{guid}</c>;
/// <c>POST /find</c>, <c>POST /reset</c>), <c>/__admin/scenarios</c> (GET, DELETE; <c>POST /reset</c>; <c>/{name}</c>
/// DELETE, <c>POST /reset</c>, <c>PUT /state</c>), <c>POST /__admin/reset</c>. Answers carry WireMock.Net's <c>{"Status": …}</c>.
/// </summary>
internal sealed class WireMockAdmin(AdminState admin)
{
    public const string Prefix = "/__admin";

    public async Task HandleAsync(HttpContext http)
    {
        var method = http.Request.Method.ToUpperInvariant();
        var rest = (http.Request.Path.Value ?? "")[Prefix.Length..].Trim('/');
        var parts = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        try
        {
            var (status, body) = await RouteAsync(http, method, parts).ConfigureAwait(false);
            await AdminJson.WriteAsync(http, body, status).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AdminException or InvalidOperationException or FormatException or OverflowException)
        {
            // A JSON value of the wrong kind (a number where a text belongs) is the client's mistake too.
            await AdminJson.WriteAsync(http, Status(e.Message), (e as AdminException)?.Status ?? StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }
    }

    private async Task<(int, JsonNode?)> RouteAsync(HttpContext http, string method, string[] parts)
    {
        var cancel = http.RequestAborted;
        switch (parts, method)
        {
            case (["mappings"], "GET"):
                return (200, new JsonArray([.. admin.Mappings.OrderBy(m => m.Sequence).Select(m => (JsonNode)m.Json.DeepClone())]));
            case (["mappings"], "POST"):
                var posted = await AdminJson.ReadAsync(http.Request, cancel).ConfigureAwait(false);
                if (posted is JsonArray many)
                {
                    var guids = admin.AddAll(many).Select(m => (JsonNode?)m.Guid.ToString()).ToArray();
                    return (201, new JsonObject { ["Status"] = "Mappings added", ["Guids"] = new JsonArray(guids) });
                }

                return (201, new JsonObject { ["Guid"] = admin.Add(posted).Guid.ToString(), ["Status"] = "Mapping added" });
            case (["mappings", "import"], "POST"):
                // Java WireMock's import: {"mappings": [...]}; a mapping with an existing id replaces it.
                var imported = AdminJson.Get(await AdminJson.ReadObjectAsync(http.Request, cancel).ConfigureAwait(false), "mappings") as JsonArray
                    ?? throw new AdminException("the body must be {\"mappings\": [...]}");
                var added = admin.AddAll(imported).Select(m => (JsonNode?)m.Guid.ToString()).ToArray();
                return (200, new JsonObject { ["Status"] = "Mappings imported", ["Guids"] = new JsonArray(added) });
            case (["mappings"], "DELETE") or (["mappings", "reset"], "POST"):
                admin.ClearMappings();
                return (200, Status("Mappings deleted"));
            case (["mappings", var id], "GET"):
                return admin.Mappings.FirstOrDefault(m => m.Guid == ParseGuid(id)) is { } found
                    ? (200, found.Json.DeepClone())
                    : throw new AdminException("No Mapping found", StatusCodes.Status404NotFound);
            case (["mappings", var id], "PUT"):
                var replacement = await AdminJson.ReadAsync(http.Request, cancel).ConfigureAwait(false) as JsonObject
                    ?? throw new AdminException("the body must be a mapping object");
                replacement["Guid"] = ParseGuid(id).ToString();
                return (200, new JsonObject { ["Guid"] = admin.Add(replacement).Guid.ToString(), ["Status"] = "Mapping added or updated" });
            case (["mappings", var id], "DELETE"):
                return admin.Remove(ParseGuid(id))
                    ? (200, new JsonObject { ["Guid"] = id, ["Status"] = "Mapping removed" })
                    : throw new AdminException("No Mapping found", StatusCodes.Status404NotFound);
            case (["requests"], "GET"):
                return (200, new JsonArray([.. admin.Requests.Select(r => (JsonNode)r.ToJson())]));
            case (["requests"], "DELETE") or (["requests", "reset"], "POST"):
                admin.ClearRequests();
                return (200, Status("Requests deleted"));
            case (["requests", "find"], "POST"):
                var criteria = await AdminJson.ReadObjectAsync(http.Request, cancel).ConfigureAwait(false);
                var matcher = StubMapping.Parse(new JsonObject { ["Request"] = criteria, ["Response"] = new JsonObject() }, 0);
                return (200, new JsonArray([.. admin.Requests
                    .Where(r => matcher.Matches(new StubRequest(AsRequest(r), new RequestBody(r.RequestBody))))
                    .Select(r => (JsonNode)r.ToJson())]));
            case (["requests", var id], "GET"):
                return admin.Requests.FirstOrDefault(r => r.Guid == ParseGuid(id)) is { } logged
                    ? (200, logged.ToJson())
                    : throw new AdminException("Request not found", StatusCodes.Status404NotFound);
            case (["scenarios"], "GET"):
                return (200, admin.Scenarios.ToJson(ScenariosOfMappings()));
            case (["scenarios"], "DELETE") or (["scenarios", "reset"], "POST"):
                admin.Scenarios.Reset();
                return (200, Status("Scenarios reset"));
            case (["scenarios", var name], "DELETE"):
                return ResetScenario(name);
            case (["scenarios", var name, "reset"], "POST"):
                return ResetScenario(name);
            case (["scenarios", var name, "state"], "PUT"):
                var state = AdminJson.GetString(await AdminJson.ReadObjectAsync(http.Request, cancel).ConfigureAwait(false), "state")
                    ?? throw new AdminException("the body must be {\"state\": \"…\"}");
                var known = KnownScenario(name);
                admin.Scenarios.Set(known, state);
                return (200, Status($"Scenario '{known}' set to '{state}'"));
            case (["reset"], "POST"):
                admin.Reset();
                return (200, Status("Mappings, requests and scenarios reset"));
            default:
                throw new AdminException(
                    $"no admin route {method} {http.Request.Path}: see /__admin/mappings, /__admin/requests, /__admin/scenarios, /__admin/reset and GET /__formbricks/",
                    StatusCodes.Status404NotFound);
        }
    }

    private (int, JsonNode?) ResetScenario(string escaped)
    {
        var name = KnownScenario(escaped);
        admin.Scenarios.Reset(name);
        return (200, Status($"Scenario '{name}' reset"));
    }

    private IEnumerable<StubScenario> ScenariosOfMappings() => admin.Mappings.Select(m => m.Scenario).OfType<StubScenario>();

    /// <summary>The scenario named in the route (URL-escaped there); one no mapping names and no state holds is a 404.</summary>
    private string KnownScenario(string escaped)
    {
        var name = Uri.UnescapeDataString(escaped);
        return admin.Scenarios.Knows(name, ScenariosOfMappings())
            ? name
            : throw new AdminException($"No scenario found by name '{name}'", StatusCodes.Status404NotFound);
    }

    private static JsonObject Status(string message) => new() { ["Status"] = message };

    private static Guid ParseGuid(string text) =>
        Guid.TryParse(text, out var guid) ? guid : throw new AdminException($"'{text}' is not a GUID", StatusCodes.Status404NotFound);

    /// <summary>A logged request as an <see cref="HttpRequest"/>, so the mapping matchers can search the log.</summary>
    private static HttpRequest AsRequest(LoggedRequest logged)
    {
        var request = new DefaultHttpContext().Request;
        request.Method = logged.Method;
        request.Path = logged.Path;
        request.QueryString = new QueryString(logged.Query);
        foreach (var (name, values) in logged.Headers)
        {
            request.Headers[name] = values;
        }

        return request;
    }
}
