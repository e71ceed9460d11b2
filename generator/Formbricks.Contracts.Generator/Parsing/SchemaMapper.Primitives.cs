using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.Generator.Model;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>
/// An <c>allOf</c> of plain parts: every part a value of a non-object type, or one that only adds a format or a
/// value rule (<c>allOf: [{type: string}, {format: email}]</c>, <c>[{$ref: Id}, {maxLength: 36}]</c>,
/// <c>[{type: integer}, {minimum: 1}]</c>). It describes one primitive value, not an object: the intersection of the
/// parts' types, with the first format any part gives. Parts whose types do not meet (<c>[{type: string},
/// {type: integer}]</c>) fit no value: that is a JSON element, with FBC0014.
/// </summary>
internal sealed partial class SchemaMapper
{
    private const int MaxPrimitiveDepth = 8;

    /// <summary>
    /// True for an <c>allOf</c> of plain parts (see the type's summary) that the single-part rule does not already
    /// cover: several such parts, or one beside a type or format of the schema's own.
    /// </summary>
    private static bool IsPrimitiveAllOf(IOpenApiSchema schema, int depth = 0)
    {
        if (depth > MaxPrimitiveDepth || schema.AllOf is not { Count: > 0 } || HasProperties(schema) || schema.AdditionalProperties is not null
            || Branches(schema, out _) is not null || schema.Required is { Count: > 0 }
            || NonNullType(schema) is { } own && (own & JsonSchemaType.Object) != 0)
        {
            return false;
        }

        var real = RealParts(schema.AllOf);
        return real.All(p => IsPrimitivePart(p.Schema, depth))
            && (real.Count > 1 || NonNullType(schema) is not null || schema.Format is not null);
    }

    /// <summary>A part that says only what kind of value it is (a non-object type, a format, an enum) or constrains it.</summary>
    private static bool IsPrimitivePart(IOpenApiSchema schema, int depth)
    {
        if (TargetOf(schema) is not { } target || HasProperties(target) || target.AdditionalProperties is not null
            || target.Required is { Count: > 0 } || Branches(target, out _) is not null || target.Not is not null)
        {
            return false;
        }

        if (target.AllOf is { Count: > 0 })
        {
            return IsPrimitiveAllOf(target, depth + 1) || (RealParts(target.AllOf) is { Count: 1 } single && IsPrimitivePart(single[0].Schema, depth + 1));
        }

        return NonNullType(target) is { } type
            ? (type & JsonSchemaType.Object) == 0
            : target.Format is not null || target.Enum is { Count: > 0 } || target.Const is not null;
    }

    /// <summary>
    /// The types a part allows (its own, met with its <c>allOf</c> parts'), <c>null</c> when it says nothing about the
    /// type. A <c>number</c> allows integers too, so <c>[{type: number}, {type: integer}]</c> is an integer.
    /// </summary>
    private static JsonSchemaType? AllowedTypes(IOpenApiSchema schema, int depth)
    {
        var target = TargetOf(schema);
        var types = Widen(target?.Type);
        if (target?.AllOf is { Count: > 0 } parts && depth < MaxPrimitiveDepth)
        {
            foreach (var part in parts.Where(p => !IsNullOnly(p)))
            {
                types = Meet(types, AllowedTypes(part, depth + 1));
            }
        }

        return types;
    }

    private static JsonSchemaType? Widen(JsonSchemaType? type) =>
        type is { } t && (t & JsonSchemaType.Number) != 0 ? t | JsonSchemaType.Integer : type;

    private static JsonSchemaType? Meet(JsonSchemaType? left, JsonSchemaType? right) =>
        left is null ? right : right is null ? left : left.Value & right.Value;

    /// <summary>The first format a part gives, in part order (through references and nested <c>allOf</c>).</summary>
    private static string? FirstFormat(IOpenApiSchema schema, int depth)
    {
        var target = TargetOf(schema);
        if (target?.Format is { Length: > 0 } format)
        {
            return format;
        }

        return target?.AllOf is { Count: > 0 } parts && depth < MaxPrimitiveDepth
            ? parts.Select(p => FirstFormat(p, depth + 1)).FirstOrDefault(f => f is not null)
            : null;
    }

    /// <summary>The type of an <c>allOf</c> of plain parts (<see cref="IsPrimitiveAllOf"/>).</summary>
    private TypeRef MapPrimitiveAllOf(IOpenApiSchema schema, string contextName, string pointer)
    {
        var real = RealParts(schema.AllOf!);
        JsonSchemaType? allowed = Widen(NonNullType(schema));
        var typed = NonNullType(schema) is not null;
        foreach (var (part, _) in real)
        {
            var types = AllowedTypes(part, 0);
            typed |= types is not null && (types.Value & ~JsonSchemaType.Null) != 0;
            allowed = Meet(allowed, types);
        }

        var nullable = IsNullable(schema) || HasNullPart(schema, pointer) || (allowed is { } a && (a & JsonSchemaType.Null) != 0);
        var nonNull = allowed is { } value ? value & ~JsonSchemaType.Null : (JsonSchemaType?)null;
        if (typed && nonNull == 0)
        {
            var partTypes = string.Join(", ", real.Select(p => AllowedTypes(p.Schema, 0)).Where(t => t is not null).Select(t => Describe(t!.Value)).Distinct());
            _context.Report(DiagnosticCatalog.ContradictoryComposition, pointer, partTypes);
            return TypeRef.Any.WithNullable(nullable);
        }

        if (nonNull is { } both && (both & JsonSchemaType.Number) != 0)
        {
            nonNull = both & ~JsonSchemaType.Integer;
        }

        // A part that is a type of its own (a component enum, an inline enum) is what the value is; the rest constrain it.
        foreach (var (part, index) in real)
        {
            var target = TargetOf(part);
            var named = part is OpenApiSchemaReference ? Map(part, contextName, pointer) : null;
            if (named is { Kind: TypeKind.Named })
            {
                return named.WithNullable(nullable);
            }

            if (part is not OpenApiSchemaReference && target is not null && Classify(target) == Shape.Enum)
            {
                return Map(part, contextName, pointer + "/allOf/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture)).WithNullable(nullable);
            }
        }

        var format = schema.Format ?? real.Select(p => FirstFormat(p.Schema, 0)).FirstOrDefault(f => f is not null);
        return nonNull switch
        {
            JsonSchemaType.String => new TypeRef(StringKind(format), IsNullable: nullable),
            JsonSchemaType.Integer => new TypeRef(format == "int64" ? TypeKind.Int64 : TypeKind.Int32, IsNullable: nullable),
            JsonSchemaType.Number => new TypeRef(NumberKind(format), IsNullable: nullable),
            JsonSchemaType.Boolean => new TypeRef(TypeKind.Boolean, IsNullable: nullable),
            JsonSchemaType.Array => ArrayOfParts(schema, real, contextName, pointer).WithNullable(nullable),
            _ => TypeRef.Any.WithNullable(nullable),
        };
    }

    /// <summary>An array: of the first part's <c>items</c> (the schema's own first), else of JSON elements.</summary>
    private TypeRef ArrayOfParts(IOpenApiSchema schema, List<(IOpenApiSchema Schema, int Index)> parts, string contextName, string pointer)
    {
        if (schema.Items is { } own)
        {
            return TypeRef.ArrayOf(Map(own, contextName + "Item", pointer + "/items"));
        }

        foreach (var (part, index) in parts)
        {
            if (TargetOf(part) is { Items: { } items } target)
            {
                var itemsPointer = part is OpenApiSchemaReference { Reference.Id: { } id } && _components.TryGetValue(id, out var entry)
                    ? entry.Pointer + "/items"
                    : pointer + "/allOf/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/items";
                return TypeRef.ArrayOf(Map(items, contextName + "Item", itemsPointer));
            }
        }

        return TypeRef.ArrayOf(TypeRef.Any);
    }

    private static string Describe(JsonSchemaType type)
    {
        var names = new List<string>();
        foreach (var (flag, name) in new[]
        {
            (JsonSchemaType.String, "string"), (JsonSchemaType.Number, "number"), (JsonSchemaType.Integer, "integer"),
            (JsonSchemaType.Boolean, "boolean"), (JsonSchemaType.Array, "array"), (JsonSchemaType.Object, "object"), (JsonSchemaType.Null, "null"),
        })
        {
            if ((type & flag) != 0 && !(flag == JsonSchemaType.Integer && (type & JsonSchemaType.Number) != 0))
            {
                names.Add(name);
            }
        }

        return names.Count == 1 ? names[0] : "[" + string.Join(", ", names) + "]";
    }
}
