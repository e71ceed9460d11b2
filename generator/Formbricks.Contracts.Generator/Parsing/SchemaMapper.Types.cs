using System.Collections.Immutable;
using Formbricks.Contracts.Generator.Common;
using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.Generator.Model;
using Microsoft.OpenApi;
using JsonPointer = Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>Builds the object, enum and union types.</summary>
internal sealed partial class SchemaMapper
{
    private static readonly ImmutableArray<string> ReservedMembers =
    [
        "JsonConverter", "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "MemberwiseClone",
        "PrintMembers", "Finalize",
    ];

    private TypeSpec BuildNamed(string name, Shape shape, IOpenApiSchema schema, string pointer) => shape switch
    {
        Shape.Object => BuildObject(name, schema, pointer),
        Shape.Enum => BuildEnum(name, schema),
        _ => BuildUnion(name, schema, pointer),
    };

    private ObjectSpec BuildObject(string name, IOpenApiSchema schema, string pointer)
    {
        var members = new NameScope([name, .. ReservedMembers]);
        var properties = new List<PropertySpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        IOpenApiSchema? additional = null;
        var rules = new List<PresenceRuleSpec>();

        // A writeOnly property is never in a response, so it cannot be required of the JSON the record reads; a
        // readOnly one is never in a request, so a caller building one cannot be required to set it.
        var oneWay = new HashSet<string>(StringComparer.Ordinal);
        var readOnly = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (part, partPointer, optional) in Flatten(schema, pointer, depth: 0))
        {
            foreach (var item in optional ? Enumerable.Empty<string>() : part.Required ?? new HashSet<string>())
            {
                required.Add(item);
            }

            rules.AddRange(PresenceRules(part));

            additional ??= part.AdditionalProperties;
            if (part.Properties is null)
            {
                continue;
            }

            foreach (var pair in part.Properties)
            {
                var cyclic = IsCyclicReference(pair.Value);
                if (!cyclic && (pair.Value.WriteOnly || pair.Value.ReadOnly))
                {
                    oneWay.Add(pair.Key);
                    if (pair.Value.ReadOnly)
                    {
                        readOnly.Add(pair.Key);
                    }
                }

                if (!seen.Add(pair.Key))
                {
                    continue;
                }

                var propertyName = members.Claim(Identifiers.ToPascalCase(pair.Key));
                var propertyPointer = JsonPointer.Append(partPointer + "/properties", pair.Key);
                var type = Map(pair.Value, name + Identifiers.ToPascalCase(pair.Key), propertyPointer);
                properties.Add(new PropertySpec(propertyName, pair.Key, type, false, cyclic ? null : Describe(pair.Value), !cyclic && pair.Value.Deprecated, cyclic ? null : ConstraintReader.Read(_context, pair.Value, propertyPointer)));
            }
        }

        var finalProperties = properties
            .Select(p => required.Contains(p.JsonName) && !oneWay.Contains(p.JsonName) ? p with { IsRequired = true } : p)
            .Select(p => readOnly.Contains(p.JsonName) ? p with { IsReadOnly = true } : p)
            .ToEquatableArray();
        var additionalType = additional is null ? null : Map(additional, name + "Value", pointer + "/additionalProperties");
        var bagName = members.Claim("AdditionalProperties");
        return new ObjectSpec(name, Describe(schema), schema.Deprecated, finalProperties, additionalType, bagName, rules.ToEquatableArray());
    }

    /// <summary>The schema's <c>oneOf</c>/<c>anyOf</c> lists that only add <c>required</c> (<see cref="IsPresenceRule"/>).</summary>
    private static IEnumerable<PresenceRuleSpec> PresenceRules(IOpenApiSchema schema)
    {
        foreach (var (branches, exactlyOne) in new[] { (schema.OneOf, true), (schema.AnyOf, false) })
        {
            if (IsPresenceRule(branches))
            {
                yield return new PresenceRuleSpec(exactlyOne, branches!.Select(b => b.Required!.ToEquatableArray()).ToEquatableArray());
            }
        }
    }

    /// <summary>
    /// The schema and, through <c>allOf</c> (and references inside it), every schema it is composed of. A
    /// <c>oneOf</c>/<c>anyOf</c> of objects inside <c>allOf</c> gives every branch's parts marked <c>Optional</c>: their
    /// properties are on the record, none of them required (which branch applies is known only from the data).
    /// </summary>
    private IEnumerable<(IOpenApiSchema Schema, string Pointer, bool Optional)> Flatten(IOpenApiSchema schema, string pointer, int depth, bool optional = false)
    {
        if (depth > 32)
        {
            _context.Report(DiagnosticCatalog.UnsupportedConstruct, pointer, "An allOf composition nested more than 32 levels deep (a cycle?)", "the deeper parts are left out");
            yield break;
        }

        var target = IsCyclicReference(schema) ? null : schema is OpenApiSchemaReference reference ? reference.Target : schema;
        if (target is null)
        {
            yield break;
        }

        var targetPointer = schema is OpenApiSchemaReference r && ComponentNames.Of(r) is { } id && _components.TryGetValue(id, out var entry)
            ? entry.Pointer
            : pointer;
        if (target.AllOf is { Count: > 0 })
        {
            for (var i = 0; i < target.AllOf.Count; i++)
            {
                var part = target.AllOf[i];
                var partPointer = targetPointer + "/allOf/" + i;
                if (Branches(part, out var suffix) is { } branches)
                {
                    // The record reads JSON objects: a branch that is no object never fits one and adds nothing to it.
                    var objects = branches.Select((b, j) => (Schema: b, Index: j)).Where(b => !IsNullOnly(b.Schema) && IsObjectLike(b.Schema)).ToList();
                    if (!objects.All(b => Classify(b.Schema is OpenApiSchemaReference { Target: { } t } ? t : b.Schema) is Shape.Alias or Shape.Object))
                    {
                        _context.Report(DiagnosticCatalog.UnsupportedConstruct, partPointer, "A oneOf/anyOf inside allOf with a branch that is a union itself", "its members are kept in AdditionalProperties");
                        continue;
                    }

                    if (objects.Count == 0)
                    {
                        _context.Report(DiagnosticCatalog.UnsupportedConstruct, partPointer, "A oneOf/anyOf with no object branch inside an allOf that is a record (its other parts describe an object, or it has several such unions)", "a record reads JSON objects, which no branch describes, so the union is left out");
                        continue;
                    }

                    foreach (var (branch, j) in objects)
                    {
                        foreach (var inner in Flatten(branch, partPointer + suffix + "/" + j, depth + 1, optional: true))
                        {
                            yield return inner;
                        }
                    }
                }

                foreach (var inner in Flatten(part, partPointer, depth + 1, optional))
                {
                    yield return inner;
                }
            }
        }

        yield return (target, targetPointer, optional);
    }

    private static EnumSpec BuildEnum(string name, IOpenApiSchema schema)
    {
        var values = EnumValues(schema)!;
        var members = new NameScope([name, "Value", "IsKnown", "KnownValues", .. ReservedMembers]);
        var isInteger = values[0].IsInteger;
        var list = new List<EnumMemberSpec>();
        foreach (var (text, _) in values.Distinct())
        {
            var preferred = isInteger
                ? "Value" + text.Replace("-", "Minus")
                : text.Length == 0 ? "Empty" : Identifiers.ToPascalCase(text);
            list.Add(new EnumMemberSpec(members.Claim(preferred), text));
        }

        return new EnumSpec(name, Describe(schema), schema.Deprecated, isInteger, list.ToEquatableArray());
    }

    private UnionSpec BuildUnion(string name, IOpenApiSchema schema, string pointer)
    {
        var branches = Branches(schema, out var suffix)!;

        // Every case is a record with a Value (the unknown one a Json) property, which a nested type must not shadow.
        var members = new NameScope([name, "Value", "Json", .. ReservedMembers]);
        var discriminator = schema.Discriminator?.PropertyName;
        var mapping = schema.Discriminator?.Mapping;
        var cases = new List<UnionCaseSpec>();
        for (var i = 0; i < branches.Count; i++)
        {
            var branch = branches[i];
            if (IsNullOnly(branch))
            {
                continue;
            }

            var branchPointer = pointer + suffix + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // An inline branch whose discriminator property has one value is named (and selected) by that value.
            var tagValue = discriminator is not null && branch is not OpenApiSchemaReference && branch.Properties is { } own
                && own.TryGetValue(discriminator, out var tagSchema) ? SingleValue(tagSchema) : null;
            var tag = tagValue is not null && Identifiers.ToPascalCase(tagValue) is var pascal && pascal[0] != '_'
                ? pascal
                : "Option" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var type = Map(branch, name + tag, branchPointer).WithNullable(false);
            var refId = branch is OpenApiSchemaReference branchReference ? ComponentNames.Of(branchReference) : null;
            var caseName = members.Claim(refId is not null ? Identifiers.ToPascalCase(refId) : RelativeCaseName(CaseName(type), name));
            var values = new List<string>();
            if (discriminator is not null)
            {
                if (mapping is not null)
                {
                    values.AddRange(mapping.Where(m => refId is not null && m.Value is not null && ComponentNames.Of(m.Value) == refId).Select(m => m.Key));
                }

                if (values.Count == 0 && (refId ?? tagValue) is { } implicitValue)
                {
                    values.Add(implicitValue);
                }
            }

            cases.Add(CaseShape(new UnionCaseSpec(caseName, type, values.ToEquatableArray(), JsonKind(type), default), branch, branchPointer));
        }

        var unknown = members.Claim("Unknown");
        return new UnionSpec(name, Describe(schema), schema.Deprecated, discriminator, cases.ToEquatableArray(), unknown);
    }

    /// <summary>What a JSON object must have, and may have, to fit the case: required, known and constant properties, closedness.</summary>
    private UnionCaseSpec CaseShape(UnionCaseSpec spec, IOpenApiSchema branch, string branchPointer)
    {
        var parts = Flatten(branch, branchPointer, 0).Select(p => p.Schema).ToList();
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var pair in parts.SelectMany(p => p.Properties ?? new Dictionary<string, IOpenApiSchema>()))
        {
            if (!properties.ContainsKey(pair.Key))
            {
                properties[pair.Key] = pair.Value;
            }
        }

        var required = parts.SelectMany(p => p.Required ?? new HashSet<string>())
            .Where(p => !(properties.TryGetValue(p, out var property) && !IsCyclicReference(property) && property.WriteOnly))
            .Distinct()
            .OrderBy(p => p, StringComparer.Ordinal);
        var constants = properties
            .Where(p => !IsCyclicReference(p.Value))
            .Select(p => (p.Key, Value: SingleValue(p.Value)))
            .Where(p => p.Value is not null)
            .Select(p => new PropertyConstantSpec(p.Key, p.Value!));
        var closed = parts.Count > 0 && parts.Any(p => !p.AdditionalPropertiesAllowed && p.AdditionalProperties is null);
        return spec with
        {
            RequiredProperties = required.ToEquatableArray(),
            KnownProperties = properties.Keys.ToEquatableArray(),
            Constants = constants.ToEquatableArray(),
            IsClosed = closed,
        };
    }

    /// <summary>The one value a property allows (<c>const</c>, or an <c>enum</c> of one non-null value), or null.</summary>
    private static string? SingleValue(IOpenApiSchema schema)
    {
        if (schema.Const is { } constant)
        {
            return constant;
        }

        var values = schema.Enum?.Where(v => !JsonNodes.IsNull(v)).ToList();
        return values is { Count: 1 } ? JsonNodes.AsString(values[0]) ?? values[0].ToJsonString() : null;
    }

    /// <summary>An inline branch's case named relative to its union: <c>Pet.Option1</c>, not <c>Pet.PetOption1</c>.</summary>
    private static string RelativeCaseName(string caseName, string unionName) =>
        caseName.Length > unionName.Length && caseName.StartsWith(unionName, StringComparison.Ordinal) && char.IsUpper(caseName[unionName.Length])
            ? caseName.Substring(unionName.Length)
            : caseName;

    private static string CaseName(TypeRef type) => type.Kind switch
    {
        TypeKind.Named => type.Name!,
        TypeKind.Array => "Array",
        TypeKind.Map => "Map",
        TypeKind.Any => "Json",
        TypeKind.File => "String", // a union is JSON, where a binary string is text (MultipartFiles)
        _ => type.Kind.ToString(),
    };

    private static JsonValueKindSpec JsonKind(TypeRef type) => type.Kind switch
    {
        TypeKind.Named => type.NamedKind switch
        {
            NamedKind.Object => JsonValueKindSpec.Object,
            _ => JsonValueKindSpec.Any,
        },
        TypeKind.Array => JsonValueKindSpec.Array,
        TypeKind.Map => JsonValueKindSpec.Object,
        TypeKind.String or TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.Guid or TypeKind.Uri or TypeKind.Bytes or TypeKind.File => JsonValueKindSpec.String,
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => JsonValueKindSpec.Number,
        TypeKind.Boolean => JsonValueKindSpec.Boolean,
        _ => JsonValueKindSpec.Any,
    };

    private static string? Describe(IOpenApiSchema schema)
    {
        var text = schema.Description;
        if (string.IsNullOrWhiteSpace(text))
        {
            text = schema.Title;
        }

        return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }
}
