using System.Text.Json.Nodes;
using Formbricks.Contracts.OpenApi.Diagnostics;

namespace Formbricks.Contracts.OpenApi.Reading;

/// <summary>Decides from the raw tree whether the text is an OpenAPI 3.0/3.1 document at all.</summary>
internal static class VersionCheck
{
    /// <summary>Returns true when the tree can be handed to the OpenAPI reader; reports why not otherwise.</summary>
    public static bool IsReadable(JsonNode? root, bool hasRoot, SourceMap map, DiagnosticBag diagnostics)
    {
        if (!hasRoot)
        {
            diagnostics.Report(
                SpecDiagnosticKind.InvalidOpenApi,
                "The document is empty. An OpenAPI document starts with 'openapi: 3.1.0' (or 3.0.x), 'info' and 'paths'.",
                string.Empty,
                map.Find(string.Empty));
            return false;
        }

        if (root is not JsonObject mapping)
        {
            diagnostics.Report(
                SpecDiagnosticKind.InvalidOpenApi,
                $"The document root is {Describe(root)}, not a mapping. An OpenAPI document is a mapping with 'openapi', 'info' and 'paths'.",
                string.Empty,
                map.Find(string.Empty));
            return false;
        }

        if (mapping.TryGetPropertyValue("swagger", out var swagger))
        {
            diagnostics.Report(
                SpecDiagnosticKind.InvalidOpenApi,
                $"This is a Swagger {Text(swagger)} document; only OpenAPI 3.0.x and 3.1.x are supported. Convert it to OpenAPI 3 (for example with swagger2openapi).",
                "/swagger",
                map.Find("/swagger"));
            return false;
        }

        if (!mapping.TryGetPropertyValue("openapi", out var version))
        {
            diagnostics.Report(
                SpecDiagnosticKind.InvalidOpenApi,
                "The document has no 'openapi' field, so it is not an OpenAPI document. Add 'openapi: 3.1.0' (or 3.0.x) at the top level.",
                string.Empty,
                map.Find(string.Empty));
            return false;
        }

        var text = version is JsonValue ? Text(version) : null;
        if (text is not null && version!.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            // openapi: 3.0 written unquoted reads as a number; the reader wants a string.
            mapping["openapi"] = JsonValue.Create(text);
        }

        if (text is not null && (StartsWithVersion(text, "3.0") || StartsWithVersion(text, "3.1")))
        {
            return true;
        }

        if (text is not null && StartsWithVersion(text, "3.2"))
        {
            diagnostics.Report(
                SpecDiagnosticKind.NewerVersion,
                $"OpenAPI {text} is read, but this toolkit targets 3.0.x and 3.1.x; features new in 3.2 are ignored. Use 'openapi: 3.1.1' unless you need them.",
                "/openapi",
                map.Find("/openapi"));
            return true;
        }

        diagnostics.Report(
            SpecDiagnosticKind.InvalidOpenApi,
            $"'openapi: {text ?? Describe(version)}' is not a supported OpenAPI version. Use a 3.0.x or 3.1.x version string such as '3.1.0'.",
            "/openapi",
            map.Find("/openapi"));
        return false;
    }

    private static bool StartsWithVersion(string text, string prefix) =>
        text == prefix || text.StartsWith(prefix + ".", StringComparison.Ordinal);

    private static string Text(JsonNode? node) => node is JsonValue value ? value.ToString() : Describe(node);

    internal static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "a sequence",
        JsonObject => "a mapping",
        _ => node.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => "a string",
            System.Text.Json.JsonValueKind.Number => "a number",
            System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "a boolean",
            _ => "a scalar",
        },
    };
}
