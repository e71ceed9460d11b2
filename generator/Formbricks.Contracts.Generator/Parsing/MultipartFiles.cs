using Formbricks.Contracts.Generator.Common;
using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>
/// Where a <c>format: binary</c> string is a file. The schema mapper gives every one <see cref="TypeKind.File"/>;
/// this usage pass over the finished model keeps the file only where the wire has one: a property of the object
/// sent as a <c>multipart/form-data</c> request body (or an item of an array property there), each a part of its
/// own. Everywhere else (JSON bodies and responses, form fields, parameters, union cases, map values, and anything
/// deeper inside a multipart part, which is sent as JSON text) it is a <c>string</c>: the JSON text as it is
/// (base64 or raw).
/// </summary>
/// <remarks>
/// An object that is a multipart body and also used as a type anywhere else (a JSON body, a response, a property,
/// an item, a union case, a parameter) keeps its strings there, and the multipart bodies get a record of their own,
/// <c>{Name}Multipart</c>: the same properties, with files. Like <see cref="RequestShapes"/> it reads the model only,
/// so it is deterministic and cheap (one walk over the types and operations).
/// </remarks>
internal static class MultipartFiles
{
    /// <summary>The model with files only in multipart parts, and the twins of shared multipart bodies appended.</summary>
    public static (List<TypeSpec> Types, List<OperationSpec> Operations) Apply(IReadOnlyList<TypeSpec> types, IReadOnlyList<OperationSpec> operations, NameScope typeNames)
    {
        var objects = new Dictionary<string, ObjectSpec>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (type is ObjectSpec o)
            {
                objects[o.Name] = o;
            }
        }

        // The multipart bodies that have a file part, in operation order.
        var bodies = new List<string>();
        foreach (var operation in operations)
        {
            if (MultipartBody(operation) is { } name && objects.TryGetValue(name, out var body)
                && body.Properties.Any(p => IsFilePart(p.Type)) && !bodies.Contains(name))
            {
                bodies.Add(name);
            }
        }

        var used = UsedOutsideMultipartBodies(types, operations);
        var twins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in bodies.Where(used.Contains))
        {
            var members = objects[name].Properties.Select(p => p.Name).Append(objects[name].AdditionalPropertiesName).ToList();
            var twin = typeNames.Claim(name + "Multipart");
            while (members.Contains(twin, StringComparer.Ordinal))
            {
                twin = typeNames.Claim(name + "Multipart");
            }

            twins[name] = twin;
        }

        var resultTypes = new List<TypeSpec>(types.Count + twins.Count);
        foreach (var type in types)
        {
            resultTypes.Add(type is ObjectSpec o && bodies.Contains(o.Name) && !twins.ContainsKey(o.Name) ? WithFiles(o) : Textual(type));
        }

        resultTypes.AddRange(bodies.Where(twins.ContainsKey).Select(name => WithFiles(objects[name]) with { Name = twins[name] }));

        var resultOperations = operations.Select(operation => Textual(operation, twins, bodies)).ToList();
        return (resultTypes, resultOperations);
    }

    /// <summary>The name of the object an operation sends as its multipart body, or null.</summary>
    private static string? MultipartBody(OperationSpec operation) =>
        operation.Body is { ContentType: RequestBodySpec.MultipartContentType, Type: { Kind: TypeKind.Named, NamedKind: NamedKind.Object, Name: { } name } } ? name : null;

    /// <summary>A type a multipart body sends as a file part: a file, or an array of files (a part per item).</summary>
    private static bool IsFilePart(TypeRef type) => type.Kind == TypeKind.File || type is { Kind: TypeKind.Array, Element.Kind: TypeKind.File };

    /// <summary>The named types some member, parameter, body (other than a multipart one), response or error uses.</summary>
    private static HashSet<string> UsedOutsideMultipartBodies(IReadOnlyList<TypeSpec> types, IReadOnlyList<OperationSpec> operations)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            switch (type)
            {
                case ObjectSpec o:
                    foreach (var property in o.Properties)
                    {
                        Collect(property.Type, used);
                    }

                    Collect(o.AdditionalValues, used);
                    break;
                case UnionSpec u:
                    foreach (var @case in u.Cases)
                    {
                        Collect(@case.Type, used);
                    }

                    break;
            }
        }

        foreach (var operation in operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                Collect(parameter.Type, used);
            }

            if (MultipartBody(operation) is null)
            {
                Collect(operation.Body?.Type, used);
            }

            Collect(operation.ResponseType, used);
            foreach (var error in operation.Errors)
            {
                Collect(error.Type, used);
            }
        }

        return used;
    }

    private static void Collect(TypeRef? type, HashSet<string> used)
    {
        for (var current = type; current is not null; current = current.Element)
        {
            if (current.Name is { } name)
            {
                used.Add(name);
            }
        }
    }

    /// <summary>The multipart body record: its file parts stay files, everything else is text.</summary>
    private static ObjectSpec WithFiles(ObjectSpec spec) => spec with
    {
        Properties = spec.Properties.Select(p => p with
        {
            Type = p.Type.Kind == TypeKind.File ? p.Type
                : p.Type is { Kind: TypeKind.Array, Element.Kind: TypeKind.File } ? p.Type
                : Textual(p.Type),
        }).ToEquatableArray(),
        AdditionalValues = TextualOrNull(spec.AdditionalValues),
    };

    private static TypeSpec Textual(TypeSpec type) => type switch
    {
        ObjectSpec o when o.Properties.Any(p => HasFile(p.Type)) || HasFile(o.AdditionalValues) => o with
        {
            Properties = o.Properties.Select(p => HasFile(p.Type) ? p with { Type = Textual(p.Type) } : p).ToEquatableArray(),
            AdditionalValues = TextualOrNull(o.AdditionalValues),
        },
        UnionSpec u when u.Cases.Any(c => HasFile(c.Type)) => u with
        {
            Cases = u.Cases.Select(c => HasFile(c.Type) ? c with { Type = Textual(c.Type) } : c).ToEquatableArray(),
        },
        _ => type,
    };

    private static OperationSpec Textual(OperationSpec operation, Dictionary<string, string> twins, List<string> bodies)
    {
        var body = operation.Body;
        if (MultipartBody(operation) is { } name && bodies.Contains(name))
        {
            body = twins.TryGetValue(name, out var twin) ? body! with { Type = body.Type with { Name = twin } } : body;
        }
        else if (body is not null && HasFile(body.Type))
        {
            body = body with { Type = Textual(body.Type) };
        }

        return operation with
        {
            Parameters = operation.Parameters.Any(p => HasFile(p.Type))
                ? operation.Parameters.Select(p => p with { Type = Textual(p.Type) }).ToEquatableArray()
                : operation.Parameters,
            Body = body,
            ResponseType = TextualOrNull(operation.ResponseType),
            Errors = operation.Errors.Any(e => HasFile(e.Type))
                ? operation.Errors.Select(e => e with { Type = Textual(e.Type) }).ToEquatableArray()
                : operation.Errors,
            Pagination = operation.Pagination is { } paging && HasFile(paging.ItemType) ? paging with { ItemType = Textual(paging.ItemType) } : operation.Pagination,
        };
    }

    private static bool HasFile(TypeRef? type) => type is not null && (type.Kind == TypeKind.File || HasFile(type.Element));

    /// <summary>The type with every file a string (the JSON text), at any depth of arrays and maps.</summary>
    private static TypeRef? TextualOrNull(TypeRef? type) => type is null ? null : Textual(type);

    private static TypeRef Textual(TypeRef type) => type switch
    {
        { Kind: TypeKind.File } => new TypeRef(TypeKind.String, IsNullable: type.IsNullable),
        { Element: { } element } when HasFile(element) => type with { Element = Textual(element) },
        _ => type,
    };
}
