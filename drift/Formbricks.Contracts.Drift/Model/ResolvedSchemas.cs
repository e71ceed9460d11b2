using Microsoft.OpenApi;
using JsonPointer = Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer;

namespace Formbricks.Contracts.Drift.Model;

/// <summary>
/// Where to read a schema's keywords. Microsoft.OpenApi resolves a <c>$ref</c> again on every keyword read from an
/// <see cref="OpenApiSchemaReference"/> (a JSON-pointer walk with string splitting each time), which made reference
/// resolution most of a diff's time; a reference without sibling keywords reads exactly as its target, so its keywords
/// are read from the target, resolved once per reference object.
/// </summary>
internal sealed class ResolvedSchemas
{
    private const int MaxChain = 16;
    private readonly Dictionary<IOpenApiSchema, IOpenApiSchema> _targets = new(IdentityComparer.Instance);
    private readonly Dictionary<string, IOpenApiSchema> _byLocalId = new(StringComparer.Ordinal);

    /// <summary>A reference object's direct target, once per object (a shape is asked for at each meeting; reading a reference's id allocates).</summary>
    private readonly Dictionary<IOpenApiSchema, IOpenApiSchema?> _direct = new(IdentityComparer.Instance);

    /// <summary>The object to read <paramref name="schema"/>'s keywords from: its target for a plain <c>$ref</c>, itself otherwise.</summary>
    public IOpenApiSchema Keywords(IOpenApiSchema schema)
    {
        if (schema is not OpenApiSchemaReference)
        {
            return schema;
        }

        if (_targets.TryGetValue(schema, out var target))
        {
            return target;
        }

        target = schema;
        for (var i = 0; i < MaxChain && target is OpenApiSchemaReference reference && !HasSiblings(reference.Reference) && Target(reference) is { } next; i++)
        {
            target = next;
        }

        _targets[schema] = target;
        return target;
    }

    /// <summary>
    /// For a <c>$ref</c> within the document without sibling keywords, its direct target: every such reference to one
    /// target reads the same and is located at the target. Null for anything else.
    /// </summary>
    public IOpenApiSchema? SharedTarget(IOpenApiSchema schema) =>
        schema is OpenApiSchemaReference reference && reference.Reference.ExternalResource is null && !HasSiblings(reference.Reference) ? Target(reference) : null;

    /// <summary>A reference's target, resolved once per id for references within the document (a document's many <c>$ref</c>s to one component share it).</summary>
    private IOpenApiSchema? Target(OpenApiSchemaReference reference)
    {
        if (!_direct.TryGetValue(reference, out var direct))
        {
            direct = Resolve(reference);
            _direct[reference] = direct;
        }

        return direct;
    }

    private IOpenApiSchema? Resolve(OpenApiSchemaReference reference)
    {
        var id = reference.Reference.ExternalResource is null ? reference.Reference.Id : null;
        if (id is not null && _byLocalId.TryGetValue(id, out var known))
        {
            return known;
        }

        var target = ComponentTarget(reference, id) ?? reference.Target;
        if (id is not null && target is not null)
        {
            _byLocalId[id] = target;
        }

        return target;
    }

    /// <summary>
    /// The component a <c>#/components/schemas/{name}</c> reference names, read from its document's components:
    /// Microsoft.OpenApi's <see cref="OpenApiSchemaReference.Target"/> resolves through URIs and allocates some 2.7 KB
    /// per call. The name is the reference's last token unescaped and percent-decoded (<see cref="JsonPointer.ComponentName"/>):
    /// the reference's id keeps it as written (<c>a~1b</c> for the component <c>a/b</c>). Null for any other reference,
    /// or a component that is itself a reference (left to the library).
    /// </summary>
    private static IOpenApiSchema? ComponentTarget(OpenApiSchemaReference reference, string? id) =>
        id is not null && JsonPointer.ComponentName(reference.Reference.ReferenceV3, "schemas") is { } name
        && reference.Reference.HostDocument?.Components?.Schemas is { } schemas && schemas.TryGetValue(name, out var component)
        && component is not null and not OpenApiSchemaReference
            ? component
            : null;

    /// <summary>Whether a 3.1 <c>$ref</c> carries keywords of its own that change what the schema accepts (descriptions and examples do not).</summary>
    private static bool HasSiblings(JsonSchemaReference r) =>
        r.SchemaType is not null || r.Const is not null || r.Format is not null || r.Default is not null
        || r.ReadOnly is not null || r.WriteOnly is not null
        || r.Minimum is not null || r.Maximum is not null || r.ExclusiveMinimum is not null || r.ExclusiveMaximum is not null
        || r.MinLength is not null || r.MaxLength is not null || r.Pattern is not null || r.MultipleOf is not null
        || r.MinItems is not null || r.MaxItems is not null || r.Items is not null
        || r.AllOf is { Count: > 0 } || r.OneOf is { Count: > 0 } || r.AnyOf is { Count: > 0 }
        || r.Properties is { Count: > 0 } || r.Required is { Count: > 0 }
        || r.AdditionalProperties is not null || r.AdditionalPropertiesAllowed is not null
        || r.Discriminator is not null || r.Enum is { Count: > 0 } || r.UnrecognizedKeywords is { Count: > 0 };
}
