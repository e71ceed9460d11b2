using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Formbricks.Contracts.OpenApi.Diagnostics;
using Formbricks.Contracts.OpenApi.SourceMapping;

namespace Formbricks.Contracts.OpenApi.Reading;

/// <summary>
/// Checks every <c>$ref</c> of the raw tree: local references must resolve by JSON-pointer evaluation, anything
/// else is reported as unsupported. Literal data (examples, defaults, enums, constants, extensions) is not searched.
/// </summary>
internal static class ReferenceChecker
{
    private static readonly FrozenSet<string> LiteralKeys = new[] { "example", "default", "enum", "const" }.ToFrozenSet(StringComparer.Ordinal);

    // Maps from names to definitions: a member called "default" or "example" in them is a name, not literal data.
    private static readonly FrozenSet<string> NamedMaps = new[]
    {
        "properties", "patternProperties", "$defs", "definitions", "schemas", "responses", "parameters", "examples",
        "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems", "webhooks",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static void Check(JsonNode root, SourceMap map, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        // References that resolved once resolve again: large documents repeat the same few hundred many times.
        var resolved = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(JsonNode Node, string Key, bool InExample)>();
        pending.Push((root, string.Empty, false));
        var visited = 0;
        var children = new List<(JsonNode, string, bool)>();
        while (pending.Count > 0)
        {
            if ((++visited & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (node, name, inExample) = pending.Pop();
            if (node is JsonArray array)
            {
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (array[i] is { } item)
                    {
                        pending.Push((item, string.Empty, inExample));
                    }
                }

                continue;
            }

            if (node is not JsonObject mapping)
            {
                continue;
            }

            if (mapping.TryGetPropertyValue("$ref", out var reference) && reference is JsonValue value &&
                value.GetValueKind() == System.Text.Json.JsonValueKind.String)
            {
                var text = value.GetValue<string>();
                if (!resolved.Contains(text) && CheckReference(root, text, mapping, map, diagnostics))
                {
                    resolved.Add(text);
                }
            }

            children.Clear();
            var isNamedMap = NamedMaps.Contains(name);
            foreach (var property in mapping)
            {
                if (property.Value is null)
                {
                    continue;
                }

                if (!isNamedMap && (LiteralKeys.Contains(property.Key) ||
                    property.Key.StartsWith("x-", StringComparison.Ordinal) ||
                    (property.Key == "examples" && property.Value is JsonArray)))
                {
                    continue;
                }

                if (!isNamedMap && property.Key == "value" && inExample)
                {
                    continue;
                }

                // Under 'examples' (a map of Example objects), and below: an Example's 'value' is literal data.
                children.Add((property.Value, property.Key, inExample || (isNamedMap && name == "examples")));
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    /// <summary>Checks one reference; true when it resolves to a whole component (then it needs no second look).</summary>
    private static bool CheckReference(JsonNode root, string reference, JsonObject owner, SourceMap map, DiagnosticBag diagnostics)
    {
        string? pointer = null;
        string RefPointer() => pointer ??= JsonPointer.Append(JsonPointer.Of(owner), "$ref");
        if (!reference.StartsWith("#", StringComparison.Ordinal))
        {
            diagnostics.Report(
                SpecDiagnosticKind.UnsupportedConstruct,
                $"'{reference}' points to another document: external references are not supported; inline the referenced document into this one (for example under '#/components/...') and refer to it with a local '#/...' reference.",
                RefPointer(),
                map.Find(RefPointer()));
            return false;
        }

        if (reference.Length > 1 && reference[1] != '/')
        {
            diagnostics.Report(
                SpecDiagnosticKind.UnsupportedConstruct,
                $"'{reference}' refers to a named anchor ($anchor/$id); only JSON-pointer references such as '#/components/schemas/Name' are supported. Refer to the schema by its path instead.",
                RefPointer(),
                map.Find(RefPointer()));
            return false;
        }

        var tokens = JsonPointer.Split(JsonPointer.Normalize(reference));
        JsonNode? current = root;
        var resolvedPointer = string.Empty;
        foreach (var token in tokens)
        {
            JsonNode? next = null;
            var found = current switch
            {
                JsonObject obj => obj.TryGetPropertyValue(token, out next),
                JsonArray arr => TryIndex(arr, token, out next),
                _ => false,
            };

            if (!found)
            {
                Report(reference, RefPointer(), map.Find(RefPointer()), current, resolvedPointer, token, diagnostics);
                return false;
            }

            current = next;
            resolvedPointer = JsonPointer.Append(resolvedPointer, token);
        }

        if (tokens.Count != 3 || tokens[0] != "components")
        {
            // Valid JSON pointer, but Microsoft.OpenApi only links references to whole components; anything else
            // would reach the generator as a reference without a target.
            diagnostics.Report(
                SpecDiagnosticKind.UnsupportedConstruct,
                $"'{reference}' resolves, but only references to a whole component ('#/components/<kind>/<name>') are supported. Move the referenced definition into components (for example '#/components/schemas/<Name>') and reference it there.",
                RefPointer(),
                map.Find(RefPointer()));
            return false;
        }

        return true;
    }

    private static void Report(string reference, string refPointer, SourceSpan span, JsonNode? parent, string parentPointer, string missing, DiagnosticBag diagnostics)
    {
        var where = parentPointer.Length == 0 ? "the document root" : "'#" + parentPointer + "'";
        string message;
        if (parent is JsonObject obj)
        {
            var suggestion = NameSuggester.Closest(missing, obj.Select(p => p.Key));
            if (suggestion is not null)
            {
                var suggested = ReplaceFirstMismatch(reference, parentPointer, suggestion);
                message = $"'{reference}' does not resolve; did you mean '{suggested}'? ({where} has no '{missing}'.)";
            }
            else
            {
                var names = obj.Select(p => p.Key).Take(8).ToList();
                var listing = names.Count == 0 ? "it is empty" : "it has " + string.Join(", ", names.Select(n => "'" + n + "'")) + (obj.Count > names.Count ? ", ..." : string.Empty);
                message = $"'{reference}' does not resolve: {where} has no '{missing}' ({listing}). Fix the reference or add the missing definition.";
            }
        }
        else
        {
            message = $"'{reference}' does not resolve: {where} is {VersionCheck.Describe(parent)}, so it has no '{missing}'. Fix the reference.";
        }

        diagnostics.Report(SpecDiagnosticKind.UnresolvedReference, message, refPointer, span);
    }

    private static string ReplaceFirstMismatch(string reference, string resolvedPointer, string suggestion)
    {
        var tokens = JsonPointer.Split(JsonPointer.Normalize(reference)).ToList();
        var index = JsonPointer.Split(resolvedPointer).Count;
        tokens[index] = suggestion;
        return "#" + string.Concat(tokens.Select(t => "/" + JsonPointer.Escape(t)));
    }

    private static bool TryIndex(JsonArray array, string token, out JsonNode? node)
    {
        node = null;
        if (token.Length == 0 || (token.Length > 1 && token[0] == '0') || !token.All(c => c >= '0' && c <= '9') ||
            !int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ||
            index >= array.Count)
        {
            return false;
        }

        node = array[index];
        return true;
    }
}
