using System.Globalization;
using System.Text.Json.Nodes;
using Formbricks.Contracts.OpenApi;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Model;

/// <summary>Builds <see cref="SchemaShape"/>s, once per schema object (a diff meets shared components many times).</summary>
internal sealed class SchemaNormalizer
{
    private const int MaxUnwrap = 32;
    private const int MaxMergeDepth = 16;
    private readonly Dictionary<IOpenApiSchema, SchemaShape> _cache = new(IdentityComparer.Instance);
    private readonly SourceMap _map;
    private readonly Dictionary<IOpenApiSchema, SchemaShape> _byTarget = new(IdentityComparer.Instance);
    private readonly ResolvedSchemas _resolved = new();

    /// <param name="map">
    /// The document's source map. Microsoft.OpenApi drops a 3.0 <c>nullable: true</c> that has no <c>type</c> beside it
    /// (as in <c>{allOf: [$ref], nullable: true}</c>); the map still knows the keyword and the length of its value.
    /// </param>
    public SchemaNormalizer(SourceMap map) => _map = map;

    public SchemaShape Shape(SchemaNode node)
    {
        // Every $ref is an object of its own: plain references within the document share the shape of their target.
        var cache = _byTarget;
        var key = _resolved.SharedTarget(node.Schema);
        if (key is null)
        {
            cache = _cache;
            key = node.Schema;
        }

        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var shape = Build(node, 0);
        cache[key] = shape;
        return shape;
    }

    private SchemaShape Build(SchemaNode node, int depth)
    {
        var nullable = false;
        for (var i = 0; i < MaxUnwrap; i++)
        {
            var s = _resolved.Keywords(node.Schema);
            nullable |= IsNullable(s) || NullableWithoutType(s, node.Location);
            if (s.AllOf is { Count: 1 } allOf && HasNoOwnStructure(s) && s.OneOf is not { Count: > 0 } && s.AnyOf is not { Count: > 0 })
            {
                node = SchemaNode.At(allOf[0], node.Location.Child("allOf"), 0);
                continue;
            }

            if (UnwrapNullBranch(s.AnyOf, "anyOf", ref node, ref nullable) || UnwrapNullBranch(s.OneOf, "oneOf", ref node, ref nullable))
            {
                continue;
            }

            break;
        }

        var shape = new SchemaShape { Location = node.Location, RefId = node.RefId, Nullable = nullable };
        Apply(node, shape, depth);
        return shape;
    }

    /// <summary>
    /// <c>anyOf</c>/<c>oneOf</c> with <c>{type: 'null'}</c> branches: the null branches become <see cref="SchemaShape.Nullable"/>;
    /// when one branch is left, the walk goes on into it.
    /// </summary>
    private bool UnwrapNullBranch(IList<IOpenApiSchema>? branches, string keyword, ref SchemaNode node, ref bool nullable)
    {
        var s = _resolved.Keywords(node.Schema);
        if (branches is not { Count: > 0 } || !HasNoOwnStructure(s) || s.AllOf is { Count: > 0 })
        {
            return false;
        }

        var remaining = -1;
        var count = 0;
        for (var i = 0; i < branches.Count; i++)
        {
            if (IsNullOnly(_resolved.Keywords(branches[i])))
            {
                nullable = true;
                continue;
            }

            remaining = i;
            count++;
        }

        if (count != 1)
        {
            return false;
        }

        node = SchemaNode.At(branches[remaining], node.Location.Child(keyword), remaining);
        return true;
    }

    private void Apply(SchemaNode node, SchemaShape shape, int depth)
    {
        var s = _resolved.Keywords(node.Schema);
        shape.Nullable |= IsNullable(s) || NullableWithoutType(s, node.Location);
        if (shape.Types is null && s.Type is { } type && (type & ~JsonSchemaType.Null) != 0)
        {
            shape.Types = type & ~JsonSchemaType.Null;
        }

        shape.Format ??= s.Format;
        if (shape.Enum is null)
        {
            shape.Enum = EnumValues(s, shape);
        }

        MergeLimits(s, shape);
        shape.ReadOnly |= s.ReadOnly;
        shape.WriteOnly |= s.WriteOnly;
        if (s.Properties is not null)
        {
            var properties = node.Location.Child("properties");
            foreach (var property in s.Properties)
            {
                if (!shape.Properties.ContainsKey(property.Key) && property.Value is not null)
                {
                    shape.WritableProperties(s.Properties.Count).Add(property.Key, SchemaNode.At(property.Value, properties, property.Key));
                }
            }
        }

        if (s.Required is { Count: > 0 })
        {
            shape.WritableRequired().UnionWith(s.Required);
        }

        if (shape.Items is null && s.Items is not null)
        {
            shape.Items = SchemaNode.At(s.Items, node.Location, "items");
        }

        shape.AdditionalClosed |= !s.AdditionalPropertiesAllowed;
        if (shape.AdditionalSchema is null && s.AdditionalProperties is not null)
        {
            shape.AdditionalSchema = SchemaNode.At(s.AdditionalProperties, node.Location, "additionalProperties");
        }

        AddBranches(s.OneOf, node.Location, "oneOf", shape, oneOf: true);
        AddBranches(s.AnyOf, node.Location, "anyOf", shape, oneOf: false);
        if (shape.Discriminator is null && s.Discriminator is { } discriminator)
        {
            var mapping = (discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
                .Select(m => m.Key + "=" + (m.Value?.Reference.Id ?? string.Empty))
                .OrderBy(m => m, StringComparer.Ordinal);
            shape.Discriminator = discriminator.PropertyName + " {" + string.Join(", ", mapping) + "}";
        }

        if (s.AllOf is { Count: > 0 } allOf && depth < MaxMergeDepth)
        {
            var pointer = node.Location.Child("allOf");
            for (var i = 0; i < allOf.Count; i++)
            {
                var branch = SchemaNode.At(allOf[i], pointer, i);
                Apply(branch, shape, depth + 1);
            }
        }
    }

    private void AddBranches(IList<IOpenApiSchema>? branches, LazyPointer pointer, string keyword, SchemaShape shape, bool oneOf)
    {
        if (branches is not { Count: > 0 } || shape.NewBranches(oneOf) is not { } target)
        {
            return;
        }

        var prefix = pointer.Child(keyword);
        for (var i = 0; i < branches.Count; i++)
        {
            if (!IsNullOnly(_resolved.Keywords(branches[i])))
            {
                target.Add(SchemaNode.At(branches[i], prefix, i));
            }
        }
    }

    private static void MergeLimits(IOpenApiSchema s, SchemaShape shape)
    {
        var minimum = LowerBound(s);
        var maximum = UpperBound(s);
        if (minimum is null && maximum is null && s.MinLength is null && s.MaxLength is null && s.Pattern is null
            && s.MinItems is null && s.MaxItems is null && s.MultipleOf is null && s.Default is null)
        {
            return;
        }

        var limits = shape.WritableLimits();
        limits.Minimum ??= minimum;
        limits.Maximum ??= maximum;
        limits.MinLength ??= s.MinLength;
        limits.MaxLength ??= s.MaxLength;
        limits.Pattern ??= s.Pattern;
        limits.MinItems ??= s.MinItems;
        limits.MaxItems ??= s.MaxItems;
        limits.MultipleOf ??= s.MultipleOf;
        limits.Default ??= s.Default?.ToJsonString();
    }

    private static List<string>? EnumValues(IOpenApiSchema s, SchemaShape shape)
    {
        if (s.Const is { } constant)
        {
            return [JsonValue.Create(constant).ToJsonString()];
        }

        if (s.Enum is not { Count: > 0 } values)
        {
            return null;
        }

        var result = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (value is null)
            {
                shape.Nullable = true;
            }
            else
            {
                result.Add(value.ToJsonString());
            }
        }

        return result;
    }

    private static Bound? LowerBound(IOpenApiSchema s) => Tighter(Number(s.Minimum), s.ExclusiveMinimum, lower: true);

    private static Bound? UpperBound(IOpenApiSchema s) => Tighter(Number(s.Maximum), s.ExclusiveMaximum, lower: false);

    /// <summary>3.1 writes an exclusive bound as a number, 3.0 as <c>true</c> beside minimum/maximum: both read the same.</summary>
    private static Bound? Tighter(decimal? inclusive, string? exclusive, bool lower)
    {
        Bound? bound = inclusive is { } value ? new Bound(value, false) : null;
        if (exclusive is null)
        {
            return bound;
        }

        if (string.Equals(exclusive, "true", StringComparison.OrdinalIgnoreCase))
        {
            return bound is { } b ? new Bound(b.Value, true) : null;
        }

        if (Number(exclusive) is not { } limit)
        {
            return bound;
        }

        var candidate = new Bound(limit, true);
        if (bound is not { } current)
        {
            return candidate;
        }

        var candidateTighter = lower ? limit >= current.Value : limit <= current.Value;
        return candidateTighter ? candidate : current;
    }

    private static decimal? Number(string? text) =>
        text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool HasNoOwnStructure(IOpenApiSchema s) =>
        s.Properties is not { Count: > 0 } && s.Items is null && (s.Type is null || s.Type == JsonSchemaType.Null) && s.Enum is not { Count: > 0 };

    /// <summary>A 3.0 <c>nullable: true</c> without <c>type</c>, which the model does not keep: a 4-character value is <c>true</c>.</summary>
    private bool NullableWithoutType(IOpenApiSchema s, LazyPointer pointer) =>
        s.Type is null && _map.TryGetSpan(SpecSide.Append(pointer.Text, "nullable"), out var span) && span.Length == 4;

    public static bool IsNullable(IOpenApiSchema s) =>
        (s.Type is { } type && (type & JsonSchemaType.Null) != 0)
        || (s.UnrecognizedKeywords is { } keywords && keywords.TryGetValue("nullable", out var flag) && flag is JsonValue value
            && value.TryGetValue<bool>(out var nullable) && nullable);

    private static bool IsNullOnly(IOpenApiSchema s) =>
        s.Type == JsonSchemaType.Null && s.Properties is not { Count: > 0 } && s.AllOf is not { Count: > 0 } && s.OneOf is not { Count: > 0 } && s.AnyOf is not { Count: > 0 };
}
