using System.Text.Json.Nodes;
using Formbricks.Contracts.Generator.Common;
using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.Generator.Model;
using Microsoft.OpenApi;
using JsonPointer = Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>
/// Maps OpenAPI schemas to <see cref="TypeRef"/>s, creating a <see cref="TypeSpec"/> for every component schema and
/// every inline object, enum and union. Inline types are named after where they stand
/// (<c>{Parent}{Property}</c>, <c>{Operation}Response</c>, …); names are claimed in document order, so stable.
/// </summary>
internal sealed partial class SchemaMapper
{
    private readonly ParseContext _context;
    private readonly Dictionary<string, ComponentEntry> _components = new(StringComparer.Ordinal);
    private readonly List<TypeSpec> _types = [];
    private readonly HashSet<string> _resolvingAliases = new(StringComparer.Ordinal);

    // Components whose $ref chain comes back to itself: Microsoft.OpenApi throws on any member of a reference to them.
    private readonly HashSet<string> _cyclic = new(StringComparer.Ordinal);

    // Types are named when first met and built afterwards, so a type can refer to itself through its properties.
    private readonly Queue<(string Name, Shape Shape, IOpenApiSchema Schema, string Pointer)> _pending = new();

    public SchemaMapper(ParseContext context, IDictionary<string, IOpenApiSchema>? components)
    {
        _context = context;
        if (components is null)
        {
            return;
        }

        FindReferenceCycles(components);

        // Claim every component's name before any inline name, so components keep their spec names.
        foreach (var pair in components)
        {
            var shape = Classify(pair.Value);
            var name = shape == Shape.Alias ? pair.Key : context.TypeNames.Claim(Identifiers.ToPascalCase(pair.Key));
            _components[pair.Key] = new ComponentEntry(name, shape, pair.Value, JsonPointer.Append("/components/schemas", pair.Key));
        }

        foreach (var pair in components)
        {
            var entry = _components[pair.Key];
            if (entry.Shape != Shape.Alias)
            {
                _pending.Enqueue((entry.Name, entry.Shape, pair.Value, entry.Pointer));
            }
        }

        Drain();
    }

    /// <summary>True when <paramref name="schema"/> is a <c>$ref</c> to a component whose reference chain is a cycle.</summary>
    public bool IsCyclicReference(IOpenApiSchema schema) =>
        schema is OpenApiSchemaReference reference && ComponentNames.Of(reference) is { } id && _cyclic.Contains(id);

    private void FindReferenceCycles(IDictionary<string, IOpenApiSchema> components)
    {
        foreach (var pair in components)
        {
            var seen = new List<string> { pair.Key };
            var current = pair.Value;
            while (current is OpenApiSchemaReference reference && ComponentNames.Of(reference) is { } next && components.TryGetValue(next, out var target))
            {
                if (seen.Contains(next))
                {
                    if (next == pair.Key)
                    {
                        _cyclic.Add(pair.Key);
                        var pointer = JsonPointer.Append("/components/schemas", pair.Key);
                        _context.Report(DiagnosticCatalog.UnsupportedConstruct, pointer, $"The schema '{pair.Key}', a $ref chain that comes back to itself ({string.Join(" → ", seen.Concat([next]))}),", "it is generated as a JSON element");
                    }

                    break;
                }

                seen.Add(next);
                current = target;
            }
        }
    }

    /// <summary>Every type met so far, components first, then inline types in the order they were met.</summary>
    public IReadOnlyList<TypeSpec> Types
    {
        get
        {
            Drain();
            return _types;
        }
    }

    private void Drain()
    {
        while (_pending.Count > 0)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            var (name, shape, schema, pointer) = _pending.Dequeue();
            _types.Add(BuildNamed(name, shape, schema, pointer));
        }
    }

    private enum Shape
    {
        Alias,
        Object,
        Enum,
        Union,
    }

    private sealed class ComponentEntry(string name, Shape shape, IOpenApiSchema schema, string pointer)
    {
        public string Name { get; } = name;

        public Shape Shape { get; } = shape;

        public IOpenApiSchema Schema { get; } = schema;

        public string Pointer { get; } = pointer;

        public TypeRef? Alias { get; set; }
    }

    /// <summary>Maps a schema to a type, creating inline types named <paramref name="contextName"/>.</summary>
    public TypeRef Map(IOpenApiSchema? schema, string contextName, string pointer)
    {
        if (schema is null)
        {
            return TypeRef.Any;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return MapReference(reference);
        }

        var shape = Classify(schema);
        if (shape != Shape.Alias)
        {
            var name = _context.TypeNames.Claim(InlineName(schema, contextName));
            _pending.Enqueue((name, shape, schema, pointer));
            return TypeRef.Named(name, ToNamedKind(shape), IsNullable(schema) || HasNullBranch(schema) || HasNullPart(schema, pointer));
        }

        return MapAlias(schema, contextName, pointer);
    }

    /// <summary>The longest inline type name before it is shortened (<see cref="InlineName"/>).</summary>
    public const int MaxInlineNameLength = 64;

    /// <summary>
    /// The name of an inline type: its <c>title</c> when it has one, else the name from where it stands
    /// (<c>{Parent}{Property}</c>), shortened when that is longer than <see cref="MaxInlineNameLength"/>
    /// (<see cref="InlineNames.Shorten"/>).
    /// </summary>
    private static string InlineName(IOpenApiSchema schema, string contextName)
    {
        if (schema.Title is { Length: > 0 } title && Identifiers.ToPascalCase(title) is var fromTitle && fromTitle != "Value" && fromTitle[0] != '_')
        {
            return fromTitle;
        }

        return InlineNames.Shorten(contextName, MaxInlineNameLength);
    }

    private TypeRef MapReference(OpenApiSchemaReference reference)
    {
        var id = ComponentNames.Of(reference);
        if (id is null || _cyclic.Contains(id) || reference.UnresolvedReference || !_components.TryGetValue(id, out var entry))
        {
            // The reader reports the unresolved $ref (FBC0004) at its position; what can still be generated is.
            return TypeRef.Any;
        }

        if (entry.Shape != Shape.Alias)
        {
            return TypeRef.Named(entry.Name, ToNamedKind(entry.Shape), IsNullable(entry.Schema) || HasNullBranch(entry.Schema) || HasNullPart(entry.Schema, entry.Pointer));
        }

        if (entry.Alias is null)
        {
            if (!_resolvingAliases.Add(id))
            {
                _context.Report(DiagnosticCatalog.UnsupportedConstruct, entry.Pointer, $"The schema '{id}', which refers to itself without an object in between,", "it is generated as a JSON element");
                return TypeRef.Any;
            }

            try
            {
                // A component that is itself a $ref goes through Map again, so a chain that comes back to itself
                // meets the guard above instead of Microsoft.OpenApi's circular-reference exception.
                entry.Alias = entry.Schema is OpenApiSchemaReference
                    ? Map(entry.Schema, Identifiers.ToPascalCase(id), entry.Pointer)
                    : MapAlias(entry.Schema, Identifiers.ToPascalCase(id), entry.Pointer);
            }
            catch (InvalidOperationException exception)
            {
                _context.Report(DiagnosticCatalog.UnsupportedConstruct, entry.Pointer, $"The schema '{id}', which cannot be resolved ({exception.Message}),", "it is generated as a JSON element");
                entry.Alias = TypeRef.Any;
            }
            finally
            {
                _resolvingAliases.Remove(id);
            }
        }

        return entry.Alias;
    }

    /// <summary>A schema that is no type of its own: a primitive, an array, a map, or a composition of one branch.</summary>
    private TypeRef MapAlias(IOpenApiSchema schema, string contextName, string pointer)
    {
        var nullable = IsNullable(schema) || (schema.AllOf is { Count: > 0 } && _context.IsTrue(pointer + "/nullable"));
        if (schema.AllOf is { Count: > 0 } && !HasProperties(schema) && !IsPrimitiveAllOf(schema)
            && (RealParts(schema.AllOf) is { Count: 1 } parts ? parts[0] : UnionPart(schema)) is (var part, var index))
        {
            var single = Map(part, contextName, pointer + "/allOf/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return single.WithNullable(nullable || single.IsNullable || HasNullPart(schema, pointer));
        }

        if (IsPrimitiveAllOf(schema))
        {
            return MapPrimitiveAllOf(schema, contextName, pointer);
        }

        var branches = Branches(schema, out var branchPointer);
        if (branches is not null)
        {
            var real = branches.Select((b, i) => (Schema: b, Index: i)).Where(b => !IsNullOnly(b.Schema)).ToList();
            if (real.Count == 1)
            {
                return Map(real[0].Schema, contextName, branchPointer + "/" + real[0].Index).WithNullable(true);
            }

            return TypeRef.Any.WithNullable(nullable);
        }

        var type = NonNullType(schema);
        return type switch
        {
            JsonSchemaType.String => new TypeRef(StringKind(schema.Format), IsNullable: nullable),
            JsonSchemaType.Integer => new TypeRef(schema.Format == "int64" ? TypeKind.Int64 : TypeKind.Int32, IsNullable: nullable),
            JsonSchemaType.Number => new TypeRef(NumberKind(schema.Format), IsNullable: nullable),
            JsonSchemaType.Boolean => new TypeRef(TypeKind.Boolean, IsNullable: nullable),
            JsonSchemaType.Array => TypeRef.ArrayOf(Map(schema.Items, contextName + "Item", pointer + "/items"), nullable),
            JsonSchemaType.Object or null when schema.AdditionalProperties is not null =>
                TypeRef.MapOf(Map(schema.AdditionalProperties, contextName + "Value", pointer + "/additionalProperties"), nullable),
            JsonSchemaType.Object or null when _context.Has(pointer + "/additionalProperties") && schema.AdditionalPropertiesAllowed =>
                TypeRef.MapOf(TypeRef.Any, nullable),
            _ => TypeRef.Any.WithNullable(nullable),
        };
    }

    private static TypeKind StringKind(string? format) => format switch
    {
        "date-time" => TypeKind.DateTimeOffset,
        "date" => TypeKind.DateOnly,
        "uuid" => TypeKind.Guid,
        "uri" => TypeKind.Uri,
        "byte" => TypeKind.Bytes,
        "binary" => TypeKind.File,
        _ => TypeKind.String,
    };

    private static TypeKind NumberKind(string? format) => format switch
    {
        "float" => TypeKind.Single,
        "decimal" => TypeKind.Decimal,
        "int32" => TypeKind.Int32,
        "int64" => TypeKind.Int64,
        _ => TypeKind.Double,
    };

    private static NamedKind ToNamedKind(Shape shape) => shape switch
    {
        Shape.Object => NamedKind.Object,
        Shape.Enum => NamedKind.Enum,
        _ => NamedKind.Union,
    };

    /// <summary>Decides what a schema becomes: its own object, enum or union type, or an alias of another type.</summary>
    private static Shape Classify(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference)
        {
            return Shape.Alias;
        }

        if (schema.AllOf is { Count: > 0 } && (RealParts(schema.AllOf).Count > 1 || HasProperties(schema)))
        {
            return UnionPart(schema) is null && !IsPrimitiveAllOf(schema) ? Shape.Object : Shape.Alias;
        }

        var branches = Branches(schema, out _);
        if (branches is not null)
        {
            return branches.Count(b => !IsNullOnly(b)) > 1 ? Shape.Union : Shape.Alias;
        }

        if ((schema.Enum is { Count: > 0 } || schema.Const is not null) && EnumValues(schema) is not null)
        {
            return Shape.Enum;
        }

        var type = NonNullType(schema);
        if ((type is JsonSchemaType.Object || type is null) && HasProperties(schema))
        {
            return Shape.Object;
        }

        return Shape.Alias;
    }

    /// <summary>True for a schema that maps to an object, a map or a union: not something a parameter can carry.</summary>
    public bool IsObjectLike(IOpenApiSchema schema)
    {
        if (IsCyclicReference(schema))
        {
            return false;
        }

        var target = schema is OpenApiSchemaReference reference ? reference.Target : schema;
        if (target is null)
        {
            return false;
        }

        var shape = Classify(target);
        if (shape is Shape.Object or Shape.Union || NonNullType(target) == JsonSchemaType.Object || target.AdditionalProperties is not null)
        {
            return true;
        }

        // anyOf: [X, null] (and a one-part allOf) is X.
        var parts = Branches(target, out _)?.Where(b => !IsNullOnly(b)).ToList()
            ?? (target.AllOf is { Count: > 0 } && RealParts(target.AllOf) is { Count: 1 } real && !HasProperties(target) ? [real[0].Schema] : null);
        return parts is { Count: 1 } && IsObjectLike(parts[0]);
    }

    private static bool HasProperties(IOpenApiSchema schema) => schema.Properties is { Count: > 0 };

    /// <summary>
    /// For an <c>allOf</c> whose parts are one <c>oneOf</c>/<c>anyOf</c> with no object branch and otherwise only
    /// parts of a non-object type (<c>allOf: [{oneOf: [string, integer]}, {type: string, maxLength: 5}]</c>): that
    /// union part, which is what the value is (the other parts only constrain it). Null for any other <c>allOf</c>,
    /// which describes an object and is a record.
    /// </summary>
    private static (IOpenApiSchema Schema, int Index)? UnionPart(IOpenApiSchema schema)
    {
        if (HasProperties(schema) || schema.AdditionalProperties is not null || NonNullType(schema) == JsonSchemaType.Object)
        {
            return null;
        }

        var real = RealParts(schema.AllOf!);
        var unions = real.Where(p => IsNonObjectUnion(p.Schema)).ToList();
        return unions.Count == 1 && real.All(p => IsNonObjectUnion(p.Schema) || IsScalar(p.Schema)) ? unions[0] : null;
    }

    /// <summary>
    /// A <c>oneOf</c>/<c>anyOf</c> (or a reference to one) none of whose branches describes a JSON object; unions
    /// nested deeper than a few levels (or a union that contains itself) count as describing one.
    /// </summary>
    private static bool IsNonObjectUnion(IOpenApiSchema schema, int depth = 0) =>
        depth < 4 && TargetOf(schema) is { } target && Branches(target, out _) is { } branches
        && branches.Where(b => !IsNullOnly(b)).All(b => TargetOf(b) is { } t && (IsScalar(t) || IsNonObjectUnion(t, depth + 1)));

    /// <summary>A schema (or a reference to one) of a non-object JSON type: string, number, integer, boolean, array.</summary>
    private static bool IsScalar(IOpenApiSchema schema) =>
        TargetOf(schema) is { } target && !HasProperties(target) && target.AdditionalProperties is null
        && target.AllOf is not { Count: > 0 } && Branches(target, out _) is null
        && NonNullType(target) is { } type && (type & JsonSchemaType.Object) == 0;

    /// <summary>The schema a reference points at (the schema itself otherwise); null when it cannot be resolved (a cycle).</summary>
    private static IOpenApiSchema? TargetOf(IOpenApiSchema schema)
    {
        try
        {
            return schema is OpenApiSchemaReference reference ? reference.Target : schema;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The <c>allOf</c> parts that say something about the shape: <c>allOf: [$ref: X, {description: …}]</c> (a common
    /// way to annotate a reference) is X, not an object of its own.
    /// </summary>
    private static List<(IOpenApiSchema Schema, int Index)> RealParts(IList<IOpenApiSchema> parts) =>
        parts.Select((part, index) => (Schema: part, Index: index)).Where(p => !IsAnnotationOnly(p.Schema)).ToList() is { Count: > 0 } real
            ? real
            : [(parts[0], 0)];

    private static bool IsAnnotationOnly(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference
        && (schema.Type is null || schema.Type == JsonSchemaType.Null) && schema.Format is null && schema.Const is null
        && schema.Properties is not { Count: > 0 } && schema.Required is not { Count: > 0 }
        && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 }
        && schema.Enum is not { Count: > 0 } && schema.Items is null && schema.AdditionalProperties is null
        && schema.Not is null;

    /// <summary>The <c>oneOf</c> (else <c>anyOf</c>) alternatives of a union; a list that is a presence rule (<see cref="IsPresenceRule"/>) is none.</summary>
    private static IList<IOpenApiSchema>? Branches(IOpenApiSchema schema, out string pointerSuffix)
    {
        if (schema.OneOf is { Count: > 0 } && !IsPresenceRule(schema.OneOf))
        {
            pointerSuffix = "/oneOf";
            return schema.OneOf;
        }

        if (schema.AnyOf is { Count: > 0 } && !IsPresenceRule(schema.AnyOf))
        {
            pointerSuffix = "/anyOf";
            return schema.AnyOf;
        }

        pointerSuffix = string.Empty;
        return null;
    }

    /// <summary>
    /// True for <c>oneOf</c>/<c>anyOf</c> branches that only list <c>required</c> properties
    /// (<c>anyOf: [{required: [a]}, {required: [b]}]</c>): "one of these must be present", a rule on the object
    /// that declares the properties, not a union of types.
    /// </summary>
    private static bool IsPresenceRule(IList<IOpenApiSchema>? branches) =>
        branches is { Count: > 0 } && branches.All(branch =>
            branch is not OpenApiSchemaReference
            && branch.Required is { Count: > 0 }
            && branch.Properties is not { Count: > 0 }
            && branch.AllOf is not { Count: > 0 } && branch.OneOf is not { Count: > 0 } && branch.AnyOf is not { Count: > 0 }
            && branch.Enum is not { Count: > 0 } && branch.Const is null
            && branch.Items is null && branch.AdditionalProperties is null
            && (branch.Type is null || branch.Type == JsonSchemaType.Object));

    private static JsonSchemaType? NonNullType(IOpenApiSchema schema)
    {
        if (schema.Type is not { } type)
        {
            return null;
        }

        var withoutNull = type & ~JsonSchemaType.Null;
        return withoutNull == 0 ? null : withoutNull;
    }

    private static bool IsNullable(IOpenApiSchema schema) =>
        schema.Type is { } type && (type & JsonSchemaType.Null) != 0
        || schema.Enum is { } values && values.Any(JsonNodes.IsNull);

    private static bool IsNullOnly(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference && schema.Type == JsonSchemaType.Null;

    /// <summary>
    /// True when the <c>allOf</c> schema at <paramref name="pointer"/> allows null itself (3.0's <c>nullable: true</c>
    /// without a <c>type</c>, which Microsoft.OpenApi drops, so the text is asked) or has a part that only allows null
    /// (3.0's <c>allOf: [$ref: X, {nullable: true}]</c>, 3.1's <c>{type: 'null'}</c>): the value may be null.
    /// </summary>
    private bool HasNullPart(IOpenApiSchema schema, string pointer) =>
        schema.AllOf is { Count: > 0 } parts
        && (_context.IsTrue(pointer + "/nullable")
            || parts.Select((part, index) => (part, index)).Any(p => IsNullOnly(p.part)
                || (p.part is not OpenApiSchemaReference && IsAnnotationOnly(p.part) && _context.IsTrue(pointer + "/allOf/" + p.index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/nullable"))));

    private static bool HasNullBranch(IOpenApiSchema schema) =>
        Branches(schema, out _) is { } branches && branches.Any(IsNullOnly);

    /// <summary>
    /// The enum's non-null values as text, or null when they are not all strings or all integers. A <c>const</c>
    /// (without <c>enum</c>) is an enum of its one value, so that it becomes a typed constant.
    /// </summary>
    private static List<(string Text, bool IsInteger)>? EnumValues(IOpenApiSchema schema)
    {
        if (schema.Enum is not { Count: > 0 } && schema.Const is { } constant)
        {
            var type = NonNullType(schema);
            var isInteger = long.TryParse(constant, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _);
            return type == JsonSchemaType.String || (type is null && !isInteger && constant is not ("true" or "false" or "null")) ? [(constant, false)]
                : type == JsonSchemaType.Integer && isInteger ? [(constant, true)]
                : null;
        }

        var values = new List<(string, bool)>();
        foreach (var node in schema.Enum!)
        {
            if (JsonNodes.IsNull(node))
            {
                continue;
            }

            if (JsonNodes.AsString(node) is { } text)
            {
                values.Add((text, false));
            }
            else if (node is JsonValue number && node.GetValueKind() == System.Text.Json.JsonValueKind.Number && long.TryParse(number.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer))
            {
                values.Add((integer.ToString(System.Globalization.CultureInfo.InvariantCulture), true));
            }
            else
            {
                return null;
            }
        }

        return values.Count > 0 && values.Select(v => v.Item2).Distinct().Count() == 1 ? values : null;
    }

}
