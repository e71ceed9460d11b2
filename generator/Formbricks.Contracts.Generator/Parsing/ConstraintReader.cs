using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Formbricks.Contracts.Generator.Common;
using Formbricks.Contracts.Generator.Model;
using Microsoft.OpenApi;
using JsonPointer = Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>
/// Reads the value rules of a parameter's or property's schema (bounds, lengths, pattern, closed enum, item counts),
/// what the generated <c>FormbricksConstraint</c> attribute carries to the analyzers.
/// </summary>
internal static class ConstraintReader
{
    /// <summary>The extension that caps a comma-separated list string's item count (the canonical spec's <c>attributeKeys</c>).</summary>
    public const string MaxListItemsExtension = "x-formbricks-max-keys";

    /// <summary>The rules of <paramref name="schema"/>, or null when it sets none.</summary>
    public static ConstraintSpec? Read(ParseContext context, IOpenApiSchema? schema, string pointer)
    {
        if (schema is null)
        {
            return null;
        }

        var values = new List<string>();
        if (schema.Enum?.Where(m => !JsonNodes.IsNull(m)).ToList() is { Count: > 0 } members && members.All(m => JsonNodes.AsString(m) is not null))
        {
            values.AddRange(members.Select(m => JsonNodes.AsString(m)!));
        }

        var spec = new ConstraintSpec(
            context.Locate(SchemaPointer(schema, pointer)),
            Number(schema.Minimum),
            Number(schema.ExclusiveMinimum),
            Number(schema.Maximum),
            Number(schema.ExclusiveMaximum),
            schema.MinLength,
            schema.MaxLength,
            schema.Pattern is { Length: > 0 } pattern ? pattern : null,
            schema.MaxItems,
            ExtensionInt(schema, MaxListItemsExtension),
            values.ToEquatableArray());
        return spec is { Minimum: null, ExclusiveMinimum: null, Maximum: null, ExclusiveMaximum: null, MinLength: null, MaxLength: null, Pattern: null, MaxItems: null, MaxListItems: null, Values.IsEmpty: true }
            ? null
            : spec;
    }

    /// <summary>Where the rules are written: the component a <c>$ref</c> points at, else the inline schema.</summary>
    private static string SchemaPointer(IOpenApiSchema schema, string pointer) =>
        schema is OpenApiSchemaReference reference && ComponentNames.Of(reference) is { Length: > 0 } id ? JsonPointer.Append("/components/schemas", id) : pointer;

    private static string? Number(string? text) =>
        text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : null;

    private static int? ExtensionInt(IOpenApiSchema schema, string name)
    {
        if (schema is not IOpenApiReadOnlyExtensible { Extensions: { } extensions } || !extensions.TryGetValue(name, out var extension)
            || extension is not JsonNodeExtension { Node: JsonValue node })
        {
            return null;
        }

        return node.TryGetValue<int>(out var number) ? number
            : node.TryGetValue<string>(out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : null;
    }
}
