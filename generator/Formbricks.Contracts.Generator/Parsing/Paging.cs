using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>
/// Recognises a paged operation: numeric <c>limit</c> and <c>skip</c> query parameters and a response object with a
/// <c>data</c> array (and, optionally, <c>meta.total</c>).
/// </summary>
internal static class Paging
{
    public static PaginationSpec? Detect(OperationSpec operation, SchemaMapper schemas, NameScope members)
    {
        var limit = Query(operation, "limit");
        var skip = Query(operation, "skip");
        if (limit is null || skip is null || !IsNumber(limit.Type.Kind) || !IsNumber(skip.Type.Kind))
        {
            return null;
        }

        if (operation.ResponseType is not { Kind: TypeKind.Named, NamedKind: NamedKind.Object } response
            || Find(schemas, response.Name!) is not { } body
            || body.Properties.FirstOrDefault(p => p.JsonName == "data" && p.Type.Kind == TypeKind.Array) is not { } data)
        {
            return null;
        }

        var meta = body.Properties.FirstOrDefault(p => p.JsonName == "meta" && p.Type is { Kind: TypeKind.Named, NamedKind: NamedKind.Object });
        var total = meta is null ? null : Find(schemas, meta.Type.Name!)?.Properties.FirstOrDefault(p => p.JsonName == "total" && IsNumber(p.Type.Kind));
        var name = operation.MethodName.Substring(0, operation.MethodName.Length - "Async".Length);
        foreach (var verb in new[] { "Get", "List" })
        {
            if (name.Length > verb.Length && name.StartsWith(verb, StringComparison.Ordinal) && char.IsUpper(name[verb.Length]))
            {
                name = name.Substring(verb.Length);
                break;
            }
        }

        return new PaginationSpec(
            members.Claim("Enumerate" + name, "Async"),
            limit.Name,
            skip.Name,
            limit.Type.Kind,
            data.Name,
            data.Type.Element!,
            total is null ? null : meta!.Name,
            total?.Name,
            skip.Type.Kind,
            limit.IsRequired,
            limit.DefaultValueText is { } text && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) ? text : null);
    }

    private static ParameterSpec? Query(OperationSpec operation, string wire) =>
        operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocationSpec.Query && string.Equals(p.WireName, wire, StringComparison.OrdinalIgnoreCase));

    private static ObjectSpec? Find(SchemaMapper schemas, string name) =>
        schemas.Types.OfType<ObjectSpec>().FirstOrDefault(t => t.Name == name);

    private static bool IsNumber(TypeKind kind) =>
        kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Single or TypeKind.Decimal;
}
