using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>A request to the admin API that cannot be done: answered 400 (or <see cref="Status"/>) with <c>{"error": message}</c>.</summary>
internal sealed class AdminException(string message, int status = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>Reading and writing the admin API's JSON: property names case-insensitive (WireMock.Net and WireMock spell them differently).</summary>
internal static class AdminJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compact JSON with only the escaping JSON needs (an answer body is not HTML: <c>&amp;</c> stays <c>&amp;</c>).</summary>
    public static JsonSerializerOptions Compact { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The first of <paramref name="names"/> present on <paramref name="json"/> (ordinal, case-insensitive).</summary>
    public static JsonNode? Get(JsonObject? json, params string[] names)
    {
        if (json is null)
        {
            return null;
        }

        foreach (var name in names)
        {
            foreach (var (key, value) in json)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && value is not null)
                {
                    return value;
                }
            }
        }

        return null;
    }

    public static string? GetString(JsonObject? json, params string[] names) => Get(json, names) switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        var other => throw new AdminException($"'{names[0]}' must be a string, not {other.ToJsonString()}"),
    };

    public static long? GetNumber(JsonObject? json, params string[] names)
    {
        var node = Get(json, names);
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && (value.TryGetValue<long>(out var number)
            || (value.TryGetValue<string>(out var text) && long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out number))))
        {
            return number;
        }

        throw new AdminException($"'{names[0]}' must be a whole number, not {node.ToJsonString()}");
    }

    public static bool? GetBool(JsonObject? json, params string[] names) => Get(json, names) switch
    {
        null => null,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        var other => throw new AdminException($"'{names[0]}' must be true or false, not {other.ToJsonString()}"),
    };

    /// <summary>A string-valued object (<c>{"Retry-After": "30"}</c>); array values are joined with <c>", "</c>.</summary>
    public static Dictionary<string, string> GetStringMap(JsonObject? json, params string[] names)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        switch (Get(json, names))
        {
            case null:
                return map;
            case JsonObject values:
                foreach (var (key, value) in values)
                {
                    map[key] = value switch
                    {
                        JsonArray array => string.Join(", ", array.Select(v => v?.GetValue<string>() ?? "")),
                        JsonValue text when text.TryGetValue<string>(out var s) => s,
                        null => "",
                        var other => other.ToJsonString(),
                    };
                }

                return map;
            case var other:
                throw new AdminException($"'{names[0]}' must be an object of names and values, not {other.ToJsonString()}");
        }
    }

    /// <summary>The request body as a JSON object (any JSON value); an empty body is <see langword="null"/>.</summary>
    public static async Task<JsonNode?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new AdminException($"the body is not JSON: {e.Message}");
        }
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken) =>
        await ReadAsync(request, cancellationToken).ConfigureAwait(false) switch
        {
            null => [],
            JsonObject json => json,
            var other => throw new AdminException($"the body must be a JSON object, not {other.GetValueKind()}"),
        };

    public static Task WriteAsync(HttpContext http, JsonNode? body, int status = StatusCodes.Status200OK)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync((body ?? JsonValue.Create((string?)null))?.ToJsonString(Indented) ?? "null", http.RequestAborted);
    }

    /// <summary>A JSON node for <paramref name="text"/> when it is JSON, else <see langword="null"/>.</summary>
    public static JsonNode? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.TrimStart()[0] is not ('{' or '['))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Header or query values as WireMock.Net writes them: a name and an array of values.</summary>
    public static JsonObject ToListMap(IEnumerable<KeyValuePair<string, string[]>> values)
    {
        var json = new JsonObject();
        foreach (var (name, list) in values)
        {
            json[name] = new JsonArray([.. list.Select(v => (JsonNode?)JsonValue.Create(v))]);
        }

        return json;
    }
}
