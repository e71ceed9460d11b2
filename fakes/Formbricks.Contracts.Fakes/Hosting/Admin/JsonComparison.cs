using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>How a request body's JSON is compared with a mapping's expected JSON.</summary>
internal enum JsonComparisonKind
{
    /// <summary>WireMock.Net's <c>JsonMatcher</c>: the same properties and values, arrays in order.</summary>
    Equal,

    /// <summary>
    /// WireMock.Net's <c>JsonPartialMatcher</c>: every expected property is in the body (a property name may be a
    /// JSONPath, <c>"a.b"</c>), every expected array element matches some element of the body's array, scalars of the
    /// same JSON type compare as text.
    /// </summary>
    Partial,
}

/// <summary>The comparisons behind the JSON body matchers of both mapping formats.</summary>
internal static class JsonComparison
{
    /// <summary>The body as JSON, or <see langword="null"/> when it is not JSON (dates stay text, as they were sent).</summary>
    public static JToken? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            var token = JToken.ReadFrom(reader);
            return reader.Read() ? null : token;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>WireMock.Net's <c>JsonMatcher</c> and <c>JsonPartialMatcher</c>; <paramref name="ignoreCase"/> for names and text values.</summary>
    public static bool Net(JToken expected, JToken actual, JsonComparisonKind kind, bool ignoreCase)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        switch (expected)
        {
            case JObject pattern when actual is JObject body:
                if (kind == JsonComparisonKind.Equal && pattern.Count != body.Count)
                {
                    return false;
                }

                return pattern.Properties().All(p => Property(body, p.Name, comparison, partial: kind == JsonComparisonKind.Partial) is { } value
                    && Net(p.Value, value, kind, ignoreCase));
            case JArray pattern when actual is JArray body:
                return kind == JsonComparisonKind.Equal
                    ? pattern.Count == body.Count && pattern.Zip(body).All(pair => Net(pair.First, pair.Second, kind, ignoreCase))
                    : pattern.All(p => body.Any(b => Net(p, b, kind, ignoreCase)));
            case JObject or JArray:
                return false;
            default:
                return kind == JsonComparisonKind.Partial
                    ? expected.Type == actual.Type && string.Equals(expected.ToString(), actual.ToString(), comparison)
                    : Scalar(expected, actual, comparison);
        }
    }

    /// <summary>
    /// Java WireMock's <c>equalToJson</c>: the same document; <paramref name="ignoreArrayOrder"/> lets array elements
    /// come in any order, <paramref name="ignoreExtraElements"/> lets the body have properties and array elements the
    /// expected JSON does not (in order: after the expected ones). Numbers compare by value within their kind: an
    /// integer never equals a decimal (<c>1</c> ≠ <c>1.0</c>, <c>1.0</c> = <c>1.00</c>), as in both WireMocks.
    /// </summary>
    public static bool Java(JToken expected, JToken actual, bool ignoreArrayOrder, bool ignoreExtraElements)
    {
        switch (expected)
        {
            case JObject pattern when actual is JObject body:
                return (ignoreExtraElements || pattern.Count == body.Count)
                    && pattern.Properties().All(p => body.TryGetValue(p.Name, StringComparison.Ordinal, out var value)
                        && Java(p.Value, value, ignoreArrayOrder, ignoreExtraElements));
            case JArray pattern when actual is JArray body:
                if (ignoreExtraElements ? body.Count < pattern.Count : body.Count != pattern.Count)
                {
                    return false;
                }

                return ignoreArrayOrder
                    ? Assign(pattern, body, 0, new bool[body.Count], (e, a) => Java(e, a, ignoreArrayOrder, ignoreExtraElements))
                    : pattern.Zip(body).All(pair => Java(pair.First, pair.Second, ignoreArrayOrder, ignoreExtraElements));
            case JObject or JArray:
                return false;
            default:
                return Scalar(expected, actual, StringComparison.Ordinal);
        }
    }

    private static JToken? Property(JObject body, string name, StringComparison comparison, bool partial)
    {
        if (body.TryGetValue(name, comparison, out var value))
        {
            return value;
        }

        if (!partial || name.IndexOfAny(['.', '[', '$']) < 0)
        {
            return null;
        }

        try
        {
            return body.SelectToken(name);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool Scalar(JToken expected, JToken actual, StringComparison comparison) =>
        expected.Type == JTokenType.String && actual.Type == JTokenType.String
            ? string.Equals((string?)expected, (string?)actual, comparison)
            : actual is not (JObject or JArray) && JToken.DeepEquals(expected, actual);

    /// <summary>Each expected element matched by a different body element (a small backtracking search).</summary>
    private static bool Assign(JArray expected, JArray actual, int index, bool[] used, Func<JToken, JToken, bool> matches)
    {
        if (index == expected.Count)
        {
            return true;
        }

        for (var i = 0; i < actual.Count; i++)
        {
            if (!used[i] && matches(expected[index], actual[i]))
            {
                used[i] = true;
                if (Assign(expected, actual, index + 1, used, matches))
                {
                    return true;
                }

                used[i] = false;
            }
        }

        return false;
    }
}
