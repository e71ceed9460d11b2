using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>A request body read once for all the mappings that look at it: its text, and its JSON parsed on first use.</summary>
internal sealed class RequestBody(string text)
{
    private readonly Lazy<JToken?> _json = new(() => JsonComparison.TryParse(text), LazyThreadSafetyMode.ExecutionAndPublication);

    public static RequestBody Empty { get; } = new("");

    public string Text { get; } = text;

    /// <summary>The body as JSON, <see langword="null"/> when it is not JSON.</summary>
    public JToken? Json => _json.Value;
}

/// <summary>
/// The conditions on a request body, from WireMock.Net's <c>Request.Body</c> (<c>{"Matcher": {…}}</c> or
/// <c>{"Matchers": […], "MatchOperator": "Or|And"}</c>) or Java WireMock's <c>request.bodyPatterns</c> (a list, every
/// pattern must match). Unknown matchers are refused when the mapping is posted, naming the field.
/// </summary>
internal static class BodyMatcher
{
    private static readonly string[] NetNames =
        ["ExactMatcher", "WildcardMatcher", "RegexMatcher", "JsonMatcher", "JsonPartialMatcher", "JsonPathMatcher", "NotNullOrEmptyMatcher"];

    private static readonly string[] JavaKeys =
        ["equalTo", "contains", "doesNotContain", "matches", "doesNotMatch", "equalToJson", "matchesJsonPath", "absent"];

    /// <summary>WireMock.Net's <c>Request.Body</c>.</summary>
    public static Func<RequestBody, bool> ParseNet(JsonNode node, string where)
    {
        var body = node as JsonObject ?? throw new AdminException($"{where} must be an object with 'Matcher' or 'Matchers', not {node.ToJsonString()}");
        if (AdminJson.Get(body, "Matcher") is { } one)
        {
            return NetMatcher(one, $"{where}.Matcher");
        }

        if (AdminJson.Get(body, "Matchers") is JsonArray many)
        {
            var matchers = many.Select((m, i) => NetMatcher(m, $"{where}.Matchers[{i}]")).ToArray();
            var and = string.Equals(AdminJson.GetString(body, "MatchOperator"), "And", StringComparison.OrdinalIgnoreCase);
            return b => and ? matchers.All(m => m(b)) : matchers.Any(m => m(b));
        }

        throw new AdminException($"{where} needs 'Matcher' (an object) or 'Matchers' (a list); it has {string.Join(", ", body.Select(p => p.Key))}");
    }

    /// <summary>Java WireMock's <c>request.bodyPatterns</c>.</summary>
    public static Func<RequestBody, bool> ParseJava(JsonNode node, string where)
    {
        var list = node as JsonArray ?? throw new AdminException($"{where} must be a list of patterns, not {node.ToJsonString()}");
        var patterns = list.Select((p, i) => JavaPattern(p, $"{where}[{i}]")).ToArray();
        return b => patterns.All(p => p(b));
    }

    private static Func<RequestBody, bool> NetMatcher(JsonNode? node, string where)
    {
        var json = node as JsonObject ?? throw new AdminException($"{where}: a matcher must be an object, not {node?.ToJsonString() ?? "null"}");
        var name = AdminJson.GetString(json, "Name") ?? throw new AdminException($"{where}: a matcher needs a 'Name'");
        var reject = AdminJson.GetBool(json, "RejectOnMatch") ?? false;
        var ignoreCase = AdminJson.GetBool(json, "IgnoreCase") ?? false;
        Func<RequestBody, bool> test;
        switch (name)
        {
            case "ExactMatcher" or "WildcardMatcher" or "RegexMatcher":
                var text = StringMatcher.Parse(json, where);
                return b => text.Matches(b.Text);
            case "NotNullOrEmptyMatcher":
                test = b => b.Text.Length > 0;
                break;
            case "JsonMatcher" or "JsonPartialMatcher":
                var kind = name == "JsonMatcher" ? JsonComparisonKind.Equal : JsonComparisonKind.Partial;
                var expected = Patterns(json, where).Select(p => ExpectedJson(p, where)).ToArray();
                test = b => b.Json is { } actual && expected.Any(e => JsonComparison.Net(e, actual, kind, ignoreCase));
                break;
            case "JsonPathMatcher":
                var queries = Patterns(json, where).Select(p => JsonPathQuery.Parse(Text(p, where), where)).ToArray();
                var and = string.Equals(AdminJson.GetString(json, "MatchOperator"), "And", StringComparison.OrdinalIgnoreCase);
                test = b => b.Json is { } actual && (and ? queries.All(q => q.Select(actual).Any()) : queries.Any(q => q.Select(actual).Any()));
                break;
            default:
                throw new AdminException($"{where}.Name: matcher '{name}' is not supported on a body (supported: {string.Join(", ", NetNames)})");
        }

        return b => test(b) != reject;
    }

    private static Func<RequestBody, bool> JavaPattern(JsonNode? node, string where)
    {
        var json = node as JsonObject ?? throw new AdminException($"{where}: a body pattern must be an object, not {node?.ToJsonString() ?? "null"}");
        var key = json.Select(p => p.Key).FirstOrDefault(k => JavaKeys.Contains(k, StringComparer.Ordinal))
            ?? throw new AdminException($"{where}: body pattern {json.ToJsonString(AdminJson.Compact)} is not supported (supported: {string.Join(", ", JavaKeys)})");
        var value = json[key];
        switch (key)
        {
            case "absent":
                return b => b.Text.Length == 0;
            case "doesNotContain":
                var text = Text(value, $"{where}.{key}");
                return b => !b.Text.Contains(text, StringComparison.Ordinal);
            case "equalToJson":
                var expected = ExpectedJson(value, $"{where}.{key}");
                var ignoreArrayOrder = AdminJson.GetBool(json, "ignoreArrayOrder") ?? false;
                var ignoreExtraElements = AdminJson.GetBool(json, "ignoreExtraElements") ?? false;
                return b => b.Json is { } actual && JsonComparison.Java(expected, actual, ignoreArrayOrder, ignoreExtraElements);
            case "matchesJsonPath":
                return JsonPath(value, $"{where}.{key}");
            default:
                var matcher = StringMatcher.Parse(json, where);
                return b => matcher.Matches(b.Text);
        }
    }

    /// <summary>
    /// Java's <c>matchesJsonPath</c>: <c>"$.a"</c> matches when the path selects a value that is neither null nor an
    /// empty list; <c>{"expression": "$.a", "equalTo": "x"}</c> (any body pattern) tests what it selects: one value as
    /// its text (a scalar) or its JSON, several as a JSON array.
    /// </summary>
    private static Func<RequestBody, bool> JsonPath(JsonNode? value, string where)
    {
        if (value is JsonObject withMatcher)
        {
            var query = JsonPathQuery.Parse(AdminJson.GetString(withMatcher, "expression") ?? throw new AdminException($"{where} needs an 'expression'"), $"{where}.expression");
            var rest = new JsonObject([.. withMatcher.Where(p => p.Key != "expression").Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))]);
            var inner = JavaPattern(rest, where);
            return b => b.Json is { } actual && Selected(query.Select(actual).ToList()) is { } text && inner(new RequestBody(text));
        }

        var path = JsonPathQuery.Parse(Text(value, where), where);
        return b => b.Json is { } actual && path.Select(actual).Any(t => t.Type != JTokenType.Null && t is not JArray { Count: 0 });
    }

    private static string? Selected(List<JToken> tokens) => tokens switch
    {
        [] => null,
        [JValue { Type: JTokenType.Null }] => null,
        [var one] => JsonPathQuery.TextOf(one),
        _ => new JArray(tokens).ToString(Formatting.None),
    };

    private static JsonNode?[] Patterns(JsonObject json, string where) =>
        AdminJson.Get(json, "Patterns") is JsonArray many ? [.. many]
        : AdminJson.Get(json, "Pattern") is { } one ? [one]
        : throw new AdminException($"{where}: {AdminJson.GetString(json, "Name")} needs a 'Pattern'");

    /// <summary>An expected JSON value: the JSON itself, or a text holding JSON (both formats allow either).</summary>
    private static JToken ExpectedJson(JsonNode? node, string where)
    {
        var text = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "null";
        return JsonComparison.TryParse(text) ?? throw new AdminException($"{where}: the expected JSON is not JSON: {text}");
    }

    private static string Text(JsonNode? node, string where) =>
        node is JsonValue v && v.TryGetValue<string>(out var text) ? text : throw new AdminException($"{where} must be a text, not {node?.ToJsonString() ?? "null"}");
}
