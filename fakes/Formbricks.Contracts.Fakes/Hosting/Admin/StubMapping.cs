using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>
/// One stub mapping posted to <c>/__admin/mappings</c>, in WireMock.Net's format (<c>Request.Path</c>, <c>Methods</c>,
/// <c>Params</c>, <c>Headers</c>; <c>Response.StatusCode</c>, <c>Headers</c>, <c>Body</c>, <c>BodyAsJson</c>, <c>Delay</c>)
/// or WireMock's (<c>request.method</c>, <c>url</c>, <c>urlPath</c>, <c>urlPattern</c>, <c>urlPathPattern</c>,
/// <c>queryParameters</c>, <c>headers</c>; <c>response.status</c>, <c>headers</c>, <c>body</c>, <c>jsonBody</c>,
/// <c>fixedDelayMilliseconds</c>), with body matchers (<see cref="BodyMatcher"/>), scenarios (<see cref="StubScenario"/>)
/// and response templates (<see cref="ResponseTemplate"/>). It answers before the fake; the JSON is kept as posted
/// (with its <c>Guid</c>).
/// </summary>
internal sealed class StubMapping
{
    /// <summary>WireMock.Net's name of a mapping's id.</summary>
    private const string GuidKey = "Guid";

    /// <summary>Java WireMock's priority of a mapping that names none (WireMock.Net's is 0).</summary>
    private const long JavaDefaultPriority = 5;

    private readonly List<Func<StubRequest, bool>> _conditions = [];

    private StubMapping(Guid guid, JsonObject json)
    {
        Guid = guid;
        Json = json;
    }

    public Guid Guid { get; }

    /// <summary>The mapping as posted, with its <c>Guid</c>.</summary>
    public JsonObject Json { get; }

    public string? Title { get; private init; }

    /// <summary>Lower answers first (WireMock.Net's default is 0); among equal priorities the newest mapping answers.</summary>
    public long Priority { get; private init; }

    public long Sequence { get; init; }

    public int Status { get; private init; }

    public TimeSpan Delay { get; private init; }

    /// <summary>The scenario the mapping takes part in, if any.</summary>
    public StubScenario? Scenario { get; private init; }

    /// <summary>Whether matching or answering reads the request body (then it is read before the mappings are tried).</summary>
    public bool NeedsBody { get; private set; }

    /// <summary>The answer's body and headers for one request (templated when the mapping asks for it).</summary>
    public StubAnswer Answer { get; private init; } = StubAnswer.Fixed("", []);

    public bool Matches(StubRequest request) => _conditions.TrueForAll(condition => condition(request));

    public static StubMapping Parse(JsonNode? node, long sequence)
    {
        if (node is not JsonObject json)
        {
            throw new AdminException($"a mapping must be a JSON object, not {node?.ToJsonString() ?? "null"}");
        }

        var guidText = AdminJson.GetString(json, "Guid", "id", "uuid");
        var guid = guidText is null ? Guid.NewGuid() : Guid.TryParse(guidText, out var given) ? given : throw new AdminException($"'Guid' is not a GUID: {guidText}");
        json = (JsonObject)json.DeepClone();
        foreach (var key in json.Select(p => p.Key).Where(k => k is "id" or "uuid" || string.Equals(k, GuidKey, StringComparison.Ordinal)).ToList())
        {
            json.Remove(key);
        }

        json.Insert(0, GuidKey, guid.ToString());
        var request = AdminJson.Get(json, "Request") as JsonObject ?? throw new AdminException("a mapping needs a 'Request' object");
        var response = AdminJson.Get(json, "Response") as JsonObject ?? throw new AdminException("a mapping needs a 'Response' object");
        UnsupportedFields.Refuse(json, request, response);
        var (body, contentType) = ResponseBody(response);
        var headers = AdminJson.GetStringMap(response, "Headers");
        if (contentType is not null && !headers.ContainsKey("Content-Type"))
        {
            headers["Content-Type"] = contentType;
        }

        var answer = StubAnswer.Parse(response, body, headers);

        var mapping = new StubMapping(guid, json)
        {
            Title = AdminJson.GetString(json, "Title", "name"),
            Priority = AdminJson.GetNumber(json, "Priority") ?? (IsJavaFormat(json, request, response) ? JavaDefaultPriority : 0),
            Sequence = sequence,
            Status = (int)(AdminJson.GetNumber(response, "StatusCode", "status") ?? 200),
            Delay = TimeSpan.FromMilliseconds(AdminJson.GetNumber(response, "Delay", "fixedDelayMilliseconds") ?? 0),
            Scenario = StubScenario.Parse(json),
            Answer = answer,
            NeedsBody = answer.IsTemplated,
        };
        mapping.AddRequestConditions(request);
        return mapping;
    }

    /// <summary>A mapping in Java WireMock's format: it uses a name only Java WireMock has.</summary>
    private static bool IsJavaFormat(JsonObject mapping, JsonObject request, JsonObject response) =>
        AdminJson.Get(request, "method", "url", "urlPath", "urlPattern", "urlPathPattern", "queryParameters", "bodyPatterns") is not null
        || AdminJson.Get(response, "status", "jsonBody", "fixedDelayMilliseconds", "transformers") is not null
        || AdminJson.Get(mapping, "scenarioName", "name") is not null;

    private static (string Body, string? ContentType) ResponseBody(JsonObject response)
    {
        if (AdminJson.Get(response, "BodyAsJson", "jsonBody") is { } json)
        {
            return (json.ToJsonString(AdminJson.Compact), "application/json");
        }

        return (AdminJson.GetString(response, "Body") ?? "", null);
    }

    private void AddRequestConditions(JsonObject request)
    {
        // WireMock.Net: "Path" (a text, or {"Matchers": […]}), "Methods": ["GET"].
        if (AdminJson.Get(request, "Path") is { } path)
        {
            var matchers = Matchers(path, "Request.Path");
            _conditions.Add(r => matchers.Any(m => m.Matches(r.Http.Path.Value ?? "/")));
        }

        // WireMock.Net: "Body": {"Matcher": {…}} or {"Matchers": […]}; WireMock: "bodyPatterns": [{…}, …].
        if (AdminJson.Get(request, "Body") is { } body)
        {
            _conditions.Add(BodyCondition(BodyMatcher.ParseNet(body, "Request.Body")));
        }

        if (AdminJson.Get(request, "bodyPatterns") is { } bodyPatterns)
        {
            _conditions.Add(BodyCondition(BodyMatcher.ParseJava(bodyPatterns, "request.bodyPatterns")));
        }

        // WireMock: "url" (path and query, exact), "urlPath", "urlPattern", "urlPathPattern" (regular expressions, whole text).
        if (AdminJson.GetString(request, "url") is { } url)
        {
            _conditions.Add(r => string.Equals(PathAndQuery(r.Http), url, StringComparison.Ordinal));
        }

        if (AdminJson.GetString(request, "urlPath") is { } urlPath)
        {
            _conditions.Add(r => string.Equals(r.Http.Path.Value, urlPath, StringComparison.Ordinal));
        }

        if (AdminJson.GetString(request, "urlPattern") is { } urlPattern)
        {
            var matcher = StringMatcher.Regex(StringMatcher.FullMatch(urlPattern), ignoreCase: false, "request.urlPattern");
            _conditions.Add(r => matcher.Matches(PathAndQuery(r.Http)));
        }

        if (AdminJson.GetString(request, "urlPathPattern") is { } urlPathPattern)
        {
            var matcher = StringMatcher.Regex(StringMatcher.FullMatch(urlPathPattern), ignoreCase: false, "request.urlPathPattern");
            _conditions.Add(r => matcher.Matches(r.Http.Path.Value ?? "/"));
        }

        AddMethods(request);
        AddNamed(request, "Params", "queryParameters", (r, name) => r.Query.TryGetValue(name, out var v) ? [.. v.Select(x => x ?? "")] : null);
        AddNamed(request, "Headers", "headers", (r, name) => r.Headers.TryGetValue(name, out var v) ? [.. v.Select(x => x ?? "")] : null);
    }

    private void AddMethods(JsonObject request)
    {
        string[] methods = AdminJson.Get(request, "Methods", "method") switch
        {
            null => [],
            JsonArray array => [.. array.Select(m => m is JsonValue v && v.TryGetValue<string>(out var text)
                ? text
                : throw new AdminException($"Request.Methods must be a list of method names, not {array.ToJsonString()}"))],
            JsonValue one when one.TryGetValue<string>(out var m) => [m],
            var other => throw new AdminException($"Request.Methods must be a list of methods, not {other.ToJsonString()}"),
        };
        if (methods.Length > 0 && !methods.Any(m => m is "ANY" or "*"))
        {
            _conditions.Add(r => methods.Contains(r.Http.Method, StringComparer.OrdinalIgnoreCase));
        }
    }

    /// <summary>
    /// Query parameters or headers: WireMock.Net's <c>[{"Name": "limit", "Matchers": [...]}]</c> or WireMock's
    /// <c>{"limit": {"equalTo": "10"}}</c>. A value list passes when any of its values matches.
    /// </summary>
    private void AddNamed(JsonObject request, string netName, string javaName, Func<HttpRequest, string, string[]?> values)
    {
        var conditions = new List<(string Name, StringMatcher[] Matchers)>();
        switch (AdminJson.Get(request, netName, javaName))
        {
            case null:
                return;
            case JsonArray list:
                foreach (var item in list.OfType<JsonObject>())
                {
                    var name = AdminJson.GetString(item, "Name") ?? throw new AdminException($"Request.{netName}: each entry needs a 'Name'");
                    var matchers = AdminJson.Get(item, "Matchers") is { } m ? Matchers(m, $"Request.{netName}[{name}]") : [];
                    conditions.Add((name, matchers));
                }

                break;
            case JsonObject map:
                foreach (var (name, matcher) in map)
                {
                    conditions.Add((name, [StringMatcher.Parse(matcher, $"request.{javaName}.{name}")]));
                }

                break;
            case var other:
                throw new AdminException($"Request.{netName} must be a list or an object, not {other.ToJsonString()}");
        }

        foreach (var (name, matchers) in conditions)
        {
            _conditions.Add(r =>
            {
                var found = values(r.Http, name);
                return matchers.Length == 0
                    ? found is not null
                    : matchers.All(m => found is null ? m.Matches(null) : found.Any(m.Matches));
            });
        }
    }

    private Func<StubRequest, bool> BodyCondition(Func<RequestBody, bool> matches)
    {
        NeedsBody = true;
        return r => matches(r.Body);
    }

    private static StringMatcher[] Matchers(JsonNode node, string where) => node switch
    {
        JsonObject json when AdminJson.Get(json, "Matchers") is JsonArray list => [.. list.Select(m => StringMatcher.Parse(m, where))],
        JsonArray list => [.. list.Select(m => StringMatcher.Parse(m, where))],
        _ => [StringMatcher.Parse(node, where)],
    };

    private static string PathAndQuery(HttpRequest request) => (request.Path.Value ?? "/") + request.QueryString.Value;
}
