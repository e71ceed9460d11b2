using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>
/// One condition on a text (a path, a query value, a header value), read from either mapping format: WireMock.Net's
/// <c>{"Name": "ExactMatcher|WildcardMatcher|RegexMatcher", "Pattern": "…", "IgnoreCase": true, "RejectOnMatch": true}</c>
/// or WireMock's <c>{"equalTo": "…"}</c>, <c>{"matches": "…"}</c>, <c>{"doesNotMatch": "…"}</c>, <c>{"contains": "…"}</c>,
/// <c>{"absent": true}</c>. A <see langword="null"/> text is a missing value: only <c>absent</c> accepts it.
/// </summary>
internal sealed class StringMatcher
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);
    private readonly Func<string, bool> _test;
    private readonly bool _reject;
    private readonly bool _absent;

    private StringMatcher(Func<string, bool> test, bool reject = false, bool absent = false)
    {
        _test = test;
        _reject = reject;
        _absent = absent;
    }

    public bool Matches(string? text) => _absent ? text is null : text is not null && _test(text) != _reject;

    public static StringMatcher Exact(string pattern, bool ignoreCase = false) =>
        new(text => string.Equals(text, pattern, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    /// <summary>A WireMock.Net matcher object, or a WireMock matcher object.</summary>
    public static StringMatcher Parse(JsonNode? node, string where)
    {
        if (node is JsonValue plain && plain.TryGetValue<string>(out var text))
        {
            return Wildcard(text, ignoreCase: false);
        }

        if (node is not JsonObject json)
        {
            throw new AdminException($"{where}: a matcher must be an object, not {node?.ToJsonString() ?? "null"}");
        }

        var ignoreCase = AdminJson.GetBool(json, "IgnoreCase", "caseInsensitive") ?? false;
        if (AdminJson.GetString(json, "Name") is { } name)
        {
            var patterns = AdminJson.Get(json, "Patterns") is JsonArray many
                ? many.Select(p => p?.GetValue<string>() ?? "").ToArray()
                : [AdminJson.GetString(json, "Pattern") ?? throw new AdminException($"{where}: {name} needs a Pattern")];
            var reject = AdminJson.GetBool(json, "RejectOnMatch") ?? false;
            var one = patterns.Select(p => name switch
            {
                "ExactMatcher" => Exact(p, ignoreCase)._test,
                "WildcardMatcher" => Wildcard(p, ignoreCase)._test,
                "RegexMatcher" => Regex(p, ignoreCase, where)._test,
                _ => throw new AdminException($"{where}: matcher '{name}' is not supported (ExactMatcher, WildcardMatcher, RegexMatcher are)"),
            }).ToArray();
            var and = string.Equals(AdminJson.GetString(json, "MatchOperator"), "And", StringComparison.OrdinalIgnoreCase);
            return new(t => and ? one.All(test => test(t)) : one.Any(test => test(t)), reject);
        }

        if (AdminJson.GetString(json, "equalTo") is { } equalTo)
        {
            return Exact(equalTo, ignoreCase);
        }

        if (AdminJson.GetString(json, "matches") is { } matches)
        {
            return Regex(FullMatch(matches), ignoreCase, where);
        }

        if (AdminJson.GetString(json, "doesNotMatch") is { } doesNotMatch)
        {
            return new(Regex(FullMatch(doesNotMatch), ignoreCase, where)._test, reject: true);
        }

        if (AdminJson.GetString(json, "contains") is { } contains)
        {
            return new(t => t.Contains(contains, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
        }

        if (AdminJson.GetBool(json, "absent") == true)
        {
            return new(_ => true, absent: true);
        }

        throw new AdminException($"{where}: unknown matcher {json.ToJsonString()} (use Name/Pattern, or equalTo, matches, doesNotMatch, contains, absent)");
    }

    /// <summary>WireMock.Net's wildcards: <c>*</c> any run of characters, <c>?</c> one; the whole text must match.</summary>
    public static StringMatcher Wildcard(string pattern, bool ignoreCase)
    {
        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$";
        return Regex(regex, ignoreCase, "wildcard");
    }

    /// <summary>WireMock (Java) matches a regular expression against the whole text.</summary>
    public static string FullMatch(string pattern) => "^(?:" + pattern + ")$";

    public static StringMatcher Regex(string pattern, bool ignoreCase, string where)
    {
        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), RegexTimeout);
            return new(regex.IsMatch);
        }
        catch (ArgumentException e)
        {
            throw new AdminException($"{where}: invalid regular expression '{pattern}': {e.Message}");
        }
    }
}
