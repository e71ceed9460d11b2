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

        // The schema and its allOf parts (through references): every part's rule holds, so the tightest bound wins.
        var parts = new List<IOpenApiSchema>();
        Collect(schema, parts, depth: 0);
        var values = new List<string>();
        foreach (var part in parts)
        {
            if (values.Count == 0 && part.Enum?.Where(m => !JsonNodes.IsNull(m)).ToList() is { Count: > 0 } members && members.All(m => JsonNodes.AsString(m) is not null))
            {
                values.AddRange(members.Select(m => JsonNodes.AsString(m)!));
            }
        }

        var spec = new ConstraintSpec(
            context.Locate(SchemaPointer(schema, pointer)),
            Tightest(parts.Select(p => Number(p.Minimum)), lowest: false),
            Tightest(parts.Select(p => Number(p.ExclusiveMinimum)), lowest: false),
            Tightest(parts.Select(p => Number(p.Maximum)), lowest: true),
            Tightest(parts.Select(p => Number(p.ExclusiveMaximum)), lowest: true),
            parts.Max(p => p.MinLength),
            parts.Min(p => p.MaxLength),
            parts.Select(p => p.Pattern).FirstOrDefault(p => p is { Length: > 0 }),
            parts.Min(p => p.MaxItems),
            parts.Select(p => ExtensionInt(p, MaxListItemsExtension)).FirstOrDefault(n => n is not null),
            values.ToEquatableArray());
        return spec is { Minimum: null, ExclusiveMinimum: null, Maximum: null, ExclusiveMaximum: null, MinLength: null, MaxLength: null, Pattern: null, MaxItems: null, MaxListItems: null, Values.IsEmpty: true }
            ? null
            : spec;
    }

    /// <summary>The schema (a reference's target) and, depth first, its <c>allOf</c> parts'.</summary>
    private static void Collect(IOpenApiSchema schema, List<IOpenApiSchema> parts, int depth)
    {
        IOpenApiSchema? target;
        try
        {
            target = schema is OpenApiSchemaReference reference ? reference.Target : schema;
        }
        catch (InvalidOperationException)
        {
            // A reference chain that comes back to itself: the mapper reports it.
            target = null;
        }

        if (target is null || depth > 8 || parts.Contains(target))
        {
            return;
        }

        parts.Add(target);
        foreach (var part in target.AllOf ?? [])
        {
            Collect(part, parts, depth + 1);
        }
    }

    /// <summary>The lowest (or highest) of the bounds given, as the invariant text of the number.</summary>
    private static string? Tightest(IEnumerable<string?> bounds, bool lowest)
    {
        decimal? best = null;
        foreach (var text in bounds)
        {
            if (text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && (best is null || (lowest ? value < best : value > best)))
            {
                best = value;
            }
        }

        return best?.ToString(CultureInfo.InvariantCulture);
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
