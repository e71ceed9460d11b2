using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>
/// A mapping's answer body and headers: fixed, or rendered per request when the mapping asks for response templating
/// (WireMock.Net's <c>"UseTransformer": true</c>, Java WireMock's <c>"transformers": ["response-template"]</c>). A
/// JSON body (<c>BodyAsJson</c>, <c>jsonBody</c>) has its text values templated, each one by itself.
/// </summary>
internal sealed class StubAnswer
{
    private const string JavaTransformer = "response-template";

    private readonly Func<StubRequest, string> _body;
    private readonly (string Name, Func<StubRequest, string> Value)[] _headers;

    private StubAnswer(Func<StubRequest, string> body, (string, Func<StubRequest, string>)[] headers, bool isTemplated)
    {
        _body = body;
        _headers = headers;
        IsTemplated = isTemplated;
    }

    public bool IsTemplated { get; }

    public static StubAnswer Fixed(string body, Dictionary<string, string> headers) =>
        new(_ => body, [.. headers.Select(h => (h.Key, (Func<StubRequest, string>)(_ => h.Value)))], isTemplated: false);

    /// <summary>The answer of <paramref name="response"/>, whose <paramref name="body"/> and <paramref name="headers"/> are read already.</summary>
    public static StubAnswer Parse(JsonObject response, string body, Dictionary<string, string> headers)
    {
        if (Templating(response) is not { } java)
        {
            return Fixed(body, headers);
        }

        var where = java ? "response" : "Response";
        Func<StubRequest, string> renderBody = AdminJson.Get(response, "BodyAsJson", "jsonBody") is { } json
            ? JsonTemplate(json, java, $"{where}.{(java ? "jsonBody" : "BodyAsJson")}")
            : ResponseTemplate.Parse(body, java, $"{where}.{(java ? "body" : "Body")}").Render;
        var renderHeaders = headers.Select(h => (h.Key, (Func<StubRequest, string>)ResponseTemplate.Parse(h.Value, java, $"{where}.{(java ? "headers" : "Headers")}.{h.Key}").Render));
        return new(renderBody, [.. renderHeaders], isTemplated: true);
    }

    public string Body(StubRequest request) => _body(request);

    public IEnumerable<KeyValuePair<string, string>> Headers(StubRequest request) =>
        _headers.Select(h => KeyValuePair.Create(h.Name, h.Value(request)));

    /// <summary>Whether the response is templated, and if so whether in Java WireMock's way (else WireMock.Net's).</summary>
    private static bool? Templating(JsonObject response)
    {
        if (AdminJson.GetBool(response, "UseTransformer") == true)
        {
            var type = AdminJson.GetString(response, "TransformerType");
            return type is null || string.Equals(type, "Handlebars", StringComparison.OrdinalIgnoreCase)
                ? false
                : throw new AdminException($"Response.TransformerType: '{type}' is not supported (only Handlebars, and only its basics)");
        }

        if (AdminJson.Get(response, "transformers") is not { } transformers)
        {
            return null;
        }

        var names = transformers as JsonArray ?? throw new AdminException($"response.transformers must be a list, not {transformers.ToJsonString()}");
        foreach (var name in names)
        {
            if (name?.GetValueKind() != System.Text.Json.JsonValueKind.String || name.GetValue<string>() != JavaTransformer)
            {
                throw new AdminException($"response.transformers: '{name?.ToJsonString()}' is not supported (only \"{JavaTransformer}\")");
            }
        }

        return names.Count > 0 ? true : null;
    }

    private static Func<StubRequest, string> JsonTemplate(JsonNode json, bool java, string where)
    {
        var templates = new Dictionary<string, ResponseTemplate>(StringComparer.Ordinal);
        Collect(json);
        return request =>
        {
            var copy = json.DeepClone();
            return (Rendered(copy, request) ?? copy).ToJsonString(AdminJson.Compact);
        };

        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (_, value) in obj)
                    {
                        Collect(value);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Collect(item);
                    }

                    break;
                case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("{{", StringComparison.Ordinal):
                    templates.TryAdd(text, ResponseTemplate.Parse(text, java, where));
                    break;
            }
        }

        // A templated text value is replaced; containers are walked in place.
        void Render(JsonNode node, StubRequest request)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var key in obj.Select(p => p.Key).ToList())
                    {
                        if (Rendered(obj[key], request) is { } text)
                        {
                            obj[key] = text;
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (Rendered(array[i], request) is { } text)
                        {
                            array[i] = text;
                        }
                    }

                    break;
            }
        }

        JsonNode? Rendered(JsonNode? node, StubRequest request)
        {
            if (node is JsonValue value && value.TryGetValue<string>(out var text) && templates.TryGetValue(text, out var template))
            {
                return JsonValue.Create(template.Render(request));
            }

            if (node is JsonObject or JsonArray)
            {
                Render(node, request);
            }

            return null;
        }
    }
}
