using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Formbricks.Contracts.OpenApi.Diagnostics;
using Formbricks.Contracts.OpenApi.SourceMapping;

namespace Formbricks.Contracts.OpenApi.Reading;

/// <summary>
/// Checks the type of every OpenAPI field that Microsoft.OpenApi's reader converts without a location (booleans,
/// whole numbers, numbers, <c>$ref</c>, schema slots and named entries that must not be empty). A wrongly typed value
/// is reported at its node and removed from the tree, so that the reader neither throws (which would leave one
/// unlocated error for the whole document) nor silently reads something else.
/// </summary>
internal static class FieldTypeChecker
{
    private static readonly FrozenSet<string> BooleanFields = Set("nullable", "readOnly", "writeOnly", "deprecated", "uniqueItems", "allowEmptyValue", "explode", "allowReserved");

    private static readonly FrozenSet<string> WholeNumberFields = Set("maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties", "maxContains", "minContains");

    private static readonly FrozenSet<string> NumberFields = Set("minimum", "maximum", "multipleOf");

    // Fields holding one schema (a boolean schema too, in 3.1).
    private static readonly FrozenSet<string> SchemaFields = Set("items", "not", "additionalProperties", "schema", "contains", "propertyNames", "if", "then", "else",
        "unevaluatedProperties", "unevaluatedItems", "additionalItems");

    private static readonly FrozenSet<string> SchemaListFields = Set("allOf", "anyOf", "oneOf", "prefixItems");

    // Literal data, and maps whose keys are names of other things (security schemes, scopes, schemas): never checked.
    private static readonly FrozenSet<string> LiteralFields = Set("example", "default", "enum", "const", "value", "security", "scopes");

    // Lists of OpenAPI objects, and what each entry must be.
    private static readonly FrozenDictionary<string, string> ObjectLists = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["allOf"] = "a schema (for example {type: string})",
        ["anyOf"] = "a schema (for example {type: string})",
        ["oneOf"] = "a schema (for example {type: string})",
        ["prefixItems"] = "a schema (for example {type: string})",
        ["parameters"] = "a parameter (for example {name: id, in: path, required: true, schema: {type: string}})",
        ["servers"] = "a server (for example {url: 'https://api.example.com'})",
        ["tags"] = "a tag (for example {name: users})",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Maps from names to OpenAPI objects: their keys are names, their values must be there.
    private static readonly FrozenSet<string> NamedMaps = Set("properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas", "responses", "examples",
        "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems", "webhooks", "content", "encoding",
        "paths", "variables");

    // Named maps whose entries may also be boolean schemas (3.1).
    private static readonly FrozenSet<string> SchemaMaps = Set("properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas");

    // Named maps whose entries may be anything: a link's parameters (expressions or values).
    private static readonly FrozenSet<string> FreeEntries = Set("parameters");

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);

    public static void Check(JsonNode root, SourceMap map, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (root is JsonObject top)
        {
            var is30 = top["openapi"] is JsonValue version && version.ToString().StartsWith("3.0", StringComparison.Ordinal);
            new Walker(map, diagnostics, is30, cancellationToken).Fields(top);
        }
    }

    private sealed class Walker
    {
        private readonly SourceMap _map;
        private readonly DiagnosticBag _diagnostics;
        private readonly bool _is30;
        private readonly CancellationToken _cancellationToken;
        private int _visited;

        public Walker(SourceMap map, DiagnosticBag diagnostics, bool is30, CancellationToken cancellationToken)
        {
            _map = map;
            _diagnostics = diagnostics;
            _is30 = is30;
            _cancellationToken = cancellationToken;
        }

        /// <summary>An OpenAPI object (or one we cannot tell apart from one): its fields are checked by name.</summary>
        public void Fields(JsonObject node)
        {
            if ((++_visited & 0x3FF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            List<string>? remove = null;
            foreach (var property in node)
            {
                var key = property.Key;
                var value = property.Value;
                if (LiteralFields.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal))
                {
                    continue;
                }

                var problem = FieldProblem(key, value, _is30);
                if (problem is not null)
                {
                    Report(SpecDiagnosticKind.InvalidOpenApi, node, key, problem);
                    (remove ??= new List<string>()).Add(key);
                    continue;
                }

                if (key == "required" && value is JsonValue quoted && quoted.GetValueKind() == JsonValueKind.String)
                {
                    Report(SpecDiagnosticKind.OpenApiWarning, node, key, $"'required' is the text '{quoted}', read as {quoted.ToString().Trim().ToLowerInvariant()}. Write it without quotes: required: {quoted.ToString().Trim().ToLowerInvariant()}.");
                }
                else if (BooleanFields.Contains(key) && value is JsonValue quotedFlag && quotedFlag.GetValueKind() == JsonValueKind.String)
                {
                    Report(SpecDiagnosticKind.OpenApiWarning, node, key, $"'{key}' is the text '{quotedFlag}', read as {quotedFlag.ToString().Trim().ToLowerInvariant()}. Write it without quotes: {key}: {quotedFlag.ToString().Trim().ToLowerInvariant()}.");
                }

                if (key == "mapping" && value is JsonObject mapping)
                {
                    Targets(mapping);
                }
                else if ((NamedMaps.Contains(key) || key == "parameters") && value is JsonObject named)
                {
                    Entries(named, key);
                }
                else if (ObjectLists.TryGetValue(key, out var entry) && value is JsonArray list)
                {
                    Items(list, entry);
                }
                else if (key == "examples" && value is JsonArray)
                {
                    continue;
                }
                else
                {
                    Descend(value);
                }
            }

            if (remove is not null)
            {
                foreach (var key in remove)
                {
                    node.Remove(key);
                }
            }
        }

        private void Entries(JsonObject named, string mapName)
        {
            List<string>? remove = null;
            foreach (var entry in named)
            {
                var value = entry.Value;
                string? problem = null;
                if (value is null)
                {
                    problem = $"'{entry.Key}' in '{mapName}' has no value. Give it one (for example {Example(mapName)}) or remove the entry.";
                }
                else if (mapName == "variables" && value is not JsonObject)
                {
                    problem = $"The server variable '{entry.Key}' must be a mapping with a 'default' value, not {VersionCheck.Describe(value)}. Write for example {entry.Key}: {{default: value}}.";
                }
                else if (value is not JsonObject && !(SchemaMaps.Contains(mapName) && IsBoolean(value)) && !FreeEntries.Contains(mapName))
                {
                    problem = $"'{entry.Key}' in '{mapName}' must be a mapping{(SchemaMaps.Contains(mapName) ? " (or true or false)" : string.Empty)}, not {Show(value)}. Write for example {entry.Key}: {Example(mapName)}.";
                }

                if (problem is not null)
                {
                    Report(SpecDiagnosticKind.InvalidOpenApi, named, entry.Key, problem);
                    (remove ??= new List<string>()).Add(entry.Key);
                    continue;
                }

                if (value is JsonObject obj)
                {
                    if (mapName == "callbacks")
                    {
                        Entries(obj, "paths");
                    }
                    else
                    {
                        Fields(obj);
                    }
                }
                else
                {
                    Descend(value);
                }
            }

            if (remove is not null)
            {
                foreach (var key in remove)
                {
                    named.Remove(key);
                }
            }
        }

        /// <summary>A discriminator's mapping: each value names a schema (a reference or a schema name).</summary>
        private void Targets(JsonObject mapping)
        {
            var remove = mapping
                .Where(entry => !(entry.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0))
                .Select(entry => entry.Key)
                .ToList();
            foreach (var key in remove)
            {
                Report(
                    SpecDiagnosticKind.InvalidOpenApi,
                    mapping,
                    key,
                    $"The discriminator value '{key}' must map to a schema, such as '#/components/schemas/Name', not {Show(mapping[key])}. Write the schema's reference or remove the entry.");
                mapping.Remove(key);
            }
        }

        private void Items(JsonArray list, string? entry)
        {
            for (var i = list.Count - 1; i >= 0 && entry is not null; i--)
            {
                if (list[i] is null)
                {
                    Report(SpecDiagnosticKind.InvalidOpenApi, JsonPointer.Append(JsonPointer.Of(list), i), $"This list entry has no value; each entry must be {entry}. Give it one or remove the entry.");
                    list.RemoveAt(i);
                }
            }

            for (var i = 0; i < list.Count; i++)
            {
                Descend(list[i]);
            }
        }

        private void Descend(JsonNode? value)
        {
            switch (value)
            {
                case JsonObject obj:
                    Fields(obj);
                    break;
                case JsonArray array:
                    Items(array, entry: null);
                    break;
            }
        }

        private void Report(SpecDiagnosticKind kind, JsonObject parent, string key, string message) =>
            Report(kind, JsonPointer.Append(JsonPointer.Of(parent), key), message);

        private void Report(SpecDiagnosticKind kind, string pointer, string message) =>
            _diagnostics.Report(kind, message, pointer, _map.Find(pointer));
    }

    /// <summary>What is wrong with <paramref name="value"/> as the field <paramref name="key"/> (in a 3.0 document when <paramref name="is30"/>), or null.</summary>
    private static string? FieldProblem(string key, JsonNode? value, bool is30)
    {
        // The value is shown only in a message: no display string for the many fields that are fine.
        if (key == "$ref")
        {
            return value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0
                ? null
                : $"'$ref' must be a reference such as '#/components/schemas/Name', not {Show(value)}. Write the reference or remove the '$ref'.";
        }

        if (key == "required")
        {
            return value is JsonArray || IsBoolean(value) || IsBooleanText(value)
                ? null
                : $"'required' must be true or false (on a parameter, header or request body) or a list of property names (on a schema), not {Show(value)}.";
        }

        if (BooleanFields.Contains(key))
        {
            return IsBoolean(value) || IsBooleanText(value) ? null : $"'{key}' must be true or false, not {Show(value)}. Write {key}: true or {key}: false.";
        }

        if (key is "exclusiveMinimum" or "exclusiveMaximum" && is30)
        {
            return IsBoolean(value)
                ? null
                : $"'{key}' must be true or false in OpenAPI 3.0, not {Show(value)} (a number here is OpenAPI 3.1). Write {(key == "exclusiveMinimum" ? "minimum" : "maximum")}: <limit> with {key}: true.";
        }

        if (key is "exclusiveMinimum" or "exclusiveMaximum")
        {
            return IsBoolean(value) || IsNumber(value)
                ? null
                : $"'{key}' must be true or false (OpenAPI 3.0) or a number (3.1), not {Show(value)}.";
        }

        if (WholeNumberFields.Contains(key))
        {
            return IsWholeNumber(value)
                ? null
                : $"'{key}' must be a whole number from 0 to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}, not {Show(value)}. Write such a number or remove '{key}'.";
        }

        if (NumberFields.Contains(key))
        {
            return IsNumber(value) || IsNumberText(value)
                ? null
                : $"'{key}' must be a finite number, not {Show(value)} (NaN and infinity are not numbers in OpenAPI). Write a number or remove '{key}'.";
        }

        if (SchemaFields.Contains(key))
        {
            return value is JsonObject || IsBoolean(value)
                ? null
                : $"'{key}' must be a schema (a mapping such as {{type: string}}{(key is "additionalProperties" or "unevaluatedProperties" or "unevaluatedItems" ? ", or true or false" : string.Empty)}), not {Show(value)}.";
        }

        if (SchemaListFields.Contains(key))
        {
            return value is JsonArray ? null : $"'{key}' must be a list of schemas, not {Show(value)}. Write for example {key}: [{{type: string}}].";
        }

        return null;
    }

    private static string Example(string mapName) => mapName switch
    {
        "properties" or "patternProperties" or "$defs" or "definitions" or "dependentSchemas" or "schemas" => "{type: string}",
        "responses" => "{description: OK}",
        "content" => "{schema: {type: object}}",
        "paths" or "pathItems" or "webhooks" => "a mapping of operations such as get: {responses: {'200': {description: OK}}}",
        _ => "a mapping",
    };

    private static string Show(JsonNode? value) => value switch
    {
        null => "an empty value",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => "'" + v.GetValue<string>() + "'",
        JsonValue v => v.ToJsonString(),
        JsonArray => "a list",
        _ => "a mapping",
    };

    private static bool IsBoolean(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    private static bool IsBooleanText(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String && bool.TryParse(v.GetValue<string>(), out _);

    private static bool IsNumber(JsonNode? value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number;

    private static bool IsNumberText(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String &&
        decimal.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static bool IsWholeNumber(JsonNode? value)
    {
        if (!IsNumber(value))
        {
            return false;
        }

        var text = value!.ToJsonString();
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
