using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Http;

/// <summary>What <see cref="JsJson.Parse"/> made of a request body.</summary>
internal enum JsJsonResult
{
    /// <summary>Parsed.</summary>
    Ok,

    /// <summary>Not JSON: <c>JSON.parse</c> would throw too.</summary>
    Malformed,

    /// <summary>Valid JSON, but nested deeper than <see cref="JsJson.MaxDepth"/> (a limit of the fake only).</summary>
    TooDeep,
}

/// <summary>
/// Request bodies parsed as the real server's <c>request.json()</c>, i.e. JavaScript's <c>JSON.parse</c>: a duplicate
/// key is no error and its last value wins (at the place of the first, as in a JavaScript object), and nesting is
/// allowed far beyond System.Text.Json's default of 64 levels. A lone surrogate escape (<c>"\ud800"</c>), which
/// <c>JSON.parse</c> accepts, becomes U+FFFD (see <see cref="LoneSurrogates"/>), so the body goes on to validation.
/// </summary>
internal static class JsJson
{
    /// <summary>
    /// The deepest nesting accepted. <c>JSON.parse</c> has no practical limit; the fake needs one because cloning and
    /// writing a <see cref="JsonNode"/> tree recurse, and a stack overflow would end the test process.
    /// </summary>
    public const int MaxDepth = 1000;

    /// <summary>The issue text of a body nested deeper than <see cref="MaxDepth"/>.</summary>
    public const string TooDeepIssue = "JSON nested deeper than 1000 levels: a limit of the fake server, not of Formbricks";

    private static readonly JsonSerializerOptions Options = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = true };

    /// <summary>Parses <paramref name="text"/>; <paramref name="node"/> is <see langword="null"/> for the JSON <c>null</c>.</summary>
    public static JsJsonResult Parse(string text, out JsonNode? node)
    {
        node = null;
        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(LoneSurrogates.Replace(text), Options);
        }
        catch (JsonException)
        {
            return IsValidAtAnyDepth(text) ? JsJsonResult.TooDeep : JsJsonResult.Malformed;
        }

        node = ToNode(root);
        return JsJsonResult.Ok;
    }

    /// <summary>The element as a node; objects are built key by key, so a repeated key overwrites the earlier value.</summary>
    private static JsonNode? ToNode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    obj[property.Name] = ToNode(property.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(ToNode(item));
                }

                return array;
            case JsonValueKind.Null:
                return null;
            default:
                return JsonValue.Create(element);
        }
    }

    /// <summary>Only on the error path: whether the text is valid JSON when depth is not limited (an iterative scan).</summary>
    private static bool IsValidAtAnyDepth(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = int.MaxValue });
        try
        {
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
