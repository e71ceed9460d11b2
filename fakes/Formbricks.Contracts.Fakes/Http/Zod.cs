using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Http;

/// <summary>
/// The few zod 4 checks the real routes use, with zod 4's exact messages, collecting issues as (field, issue)
/// pairs in the order zod reports them.
/// </summary>
internal sealed partial class Zod
{
    public List<(string Field, string Issue)> Issues { get; } = [];

    public bool Ok => Issues.Count == 0;

    /// <summary><c>z.coerce.number()</c> with optional <c>.int()</c>, <c>.min()</c>, <c>.max()</c>; <paramref name="raw"/> null = absent.</summary>
    public double? CoerceNumber(string field, string? raw, double? min, double? max, bool integer = false)
    {
        if (raw is null)
        {
            return null;
        }

        var value = JsNumber.Parse(raw);
        if (double.IsNaN(value))
        {
            Issues.Add((field, "Invalid input: expected number, received NaN"));
            return null;
        }

        // zod 4's z.number() takes finite numbers only; for ±Infinity its message names the type, "number".
        if (double.IsInfinity(value))
        {
            Issues.Add((field, "Invalid input: expected number, received number"));
            return null;
        }

        var before = Issues.Count;
        if (integer && Math.Floor(value) != value)
        {
            Issues.Add((field, "Invalid input: expected int, received number"));
        }

        if (min is { } lo && value < lo)
        {
            Issues.Add((field, $"Too small: expected number to be >={Format(lo)}"));
        }

        if (max is { } hi && value > hi)
        {
            Issues.Add((field, $"Too big: expected number to be <={Format(hi)}"));
        }

        return Issues.Count == before ? value : null;
    }

    /// <summary><c>z.cuid2()</c> on a path parameter.</summary>
    public void Cuid2(string field, string value)
    {
        if (!IsCuid2(value))
        {
            Issues.Add((field, "Invalid cuid2"));
        }
    }

    /// <summary>A required (or optional) string property of a JSON object body; <paramref name="trim"/> = <c>.trim()</c> before the length check.</summary>
    public string? String(JsonObject body, string field, bool required, int? minLength = null, bool trim = false, bool nullable = false)
    {
        var node = body[field];
        if (node is null)
        {
            if (required && !(nullable && body.ContainsKey(field)))
            {
                Issues.Add((field, $"Invalid input: expected string, received {TypeName(node, body.ContainsKey(field))}"));
            }

            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            Issues.Add((field, $"Invalid input: expected string, received {TypeName(node, true)}"));
            return null;
        }

        var text = trim ? node.GetValue<string>().Trim() : node.GetValue<string>();
        if (minLength is { } min && text.Length < min)
        {
            Issues.Add((field, $"Too small: expected string to have >={min} characters"));
        }

        return text;
    }

    /// <summary>A string property that must be one of <paramref name="options"/>.</summary>
    public string? Enum(JsonObject body, string field, bool required, params string[] options)
    {
        var node = body[field];
        if (node is null && !required)
        {
            return null;
        }

        if (node is null || node.GetValueKind() != JsonValueKind.String || !options.Contains(node.GetValue<string>(), StringComparer.Ordinal))
        {
            Issues.Add((field, $"Invalid option: expected one of {string.Join("|", options.Select(o => $"\"{o}\""))}"));
            return null;
        }

        return node.GetValue<string>();
    }

    /// <summary>An optional <c>z.enum([…])</c> query value; <paramref name="raw"/> null = absent.</summary>
    public string? EnumValue(string field, string? raw, params string[] options)
    {
        if (raw is null)
        {
            return null;
        }

        if (!options.Contains(raw, StringComparer.Ordinal))
        {
            Issues.Add((field, $"Invalid option: expected one of {string.Join("|", options.Select(o => $"\"{o}\""))}"));
            return null;
        }

        return raw;
    }

    /// <summary>
    /// An optional <c>z.coerce.date()</c> query value (<c>new Date(text)</c>: ISO dates and date-times, UTC unless an
    /// offset is given); an unparseable one is zod's "Invalid Date" issue. <paramref name="raw"/> null = absent.
    /// </summary>
    public DateTimeOffset? CoerceDate(string field, string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (raw.Trim().Length == 0 || !DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, Styles, out var value))
        {
            Issues.Add((field, "Invalid input: expected date, received Date"));
            return null;
        }

        return value;
    }

    /// <summary>A boolean property, optional unless <paramref name="required"/>.</summary>
    public bool? Boolean(JsonObject body, string field, bool required = false)
    {
        var node = body[field];
        if (node is null)
        {
            if (required)
            {
                Issues.Add((field, $"Invalid input: expected boolean, received {TypeName(node, body.ContainsKey(field))}"));
            }

            return null;
        }

        if (node.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            Issues.Add((field, $"Invalid input: expected boolean, received {TypeName(node, true)}"));
            return null;
        }

        return node.GetValue<bool>();
    }

    /// <summary>A record/object property (<c>z.record(…)</c>).</summary>
    public JsonObject? Record(JsonObject body, string field, bool required)
    {
        var node = body[field];
        if (node is JsonObject obj)
        {
            return obj;
        }

        if (node is not null || required)
        {
            Issues.Add((field, $"Invalid input: expected record, received {TypeName(node, body.ContainsKey(field))}"));
        }

        return null;
    }

    /// <summary>An array property.</summary>
    public JsonArray? Array(JsonObject body, string field, bool required)
    {
        var node = body[field];
        if (node is JsonArray array)
        {
            return array;
        }

        if (node is not null || required)
        {
            Issues.Add((field, $"Invalid input: expected array, received {TypeName(node, body.ContainsKey(field))}"));
        }

        return null;
    }

    /// <summary>The body itself must be an object; reports a root-level issue (field "") otherwise.</summary>
    public JsonObject? Root(JsonNode? body)
    {
        if (body is JsonObject obj)
        {
            return obj;
        }

        Issues.Add(("", $"Invalid input: expected object, received {TypeName(body, true)}"));
        return null;
    }

    /// <summary>JavaScript's <c>typeof</c>-like name zod 4 prints after "received".</summary>
    public static string TypeName(JsonNode? node, bool present) => node switch
    {
        null => present ? "null" : "undefined",
        JsonArray => "array",
        JsonObject => "object",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "unknown",
        },
    };

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>zod 4's <c>z.cuid2()</c> check: <c>/^[0-9a-z]+$/</c>.</summary>
    public static bool IsCuid2(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }
}
