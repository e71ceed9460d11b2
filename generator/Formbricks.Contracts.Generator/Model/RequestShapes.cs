using Formbricks.Contracts.Generator.Common;

namespace Formbricks.Contracts.Generator.Model;

/// <summary>
/// Which types are written differently in a request than in a response: an object with a <c>readOnly</c> property
/// (left out of requests), and every object or union that holds one, through properties, arrays, maps and cases.
/// Only these get a <c>WriteRequestValue</c> besides <c>WriteValue</c>; every other type writes the same both ways.
/// </summary>
internal static class RequestShapes
{
    /// <summary>The names of the request-shaped types among <paramref name="types"/>, in their order.</summary>
    public static EquatableArray<string> Of(IReadOnlyList<TypeSpec> types)
    {
        var shaped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (type is ObjectSpec o && o.Properties.Any(p => p.IsReadOnly))
            {
                shaped.Add(type.Name);
            }
        }

        // A holder of a request-shaped type is one too, until nothing changes (cycles end: a name is added once).
        var changed = shaped.Count > 0;
        while (changed)
        {
            changed = false;
            foreach (var type in types)
            {
                if (!shaped.Contains(type.Name) && Members(type).Any(t => Holds(t, shaped)))
                {
                    changed = shaped.Add(type.Name) || changed;
                }
            }
        }

        return types.Where(t => shaped.Contains(t.Name)).Select(t => t.Name).ToEquatableArray();
    }

    private static IEnumerable<TypeRef> Members(TypeSpec type) => type switch
    {
        ObjectSpec o => o.AdditionalValues is { } extra ? o.Properties.Select(p => p.Type).Concat(new[] { extra }) : o.Properties.Select(p => p.Type),
        UnionSpec u => u.Cases.Select(c => c.Type),
        _ => Enumerable.Empty<TypeRef>(),
    };

    private static bool Holds(TypeRef type, HashSet<string> shaped) => type.Kind switch
    {
        TypeKind.Named => shaped.Contains(type.Name!),
        TypeKind.Array or TypeKind.Map => Holds(type.Element!, shaped),
        _ => false,
    };
}
