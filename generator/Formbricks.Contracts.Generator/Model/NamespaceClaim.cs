using Formbricks.Contracts.Generator.Common;

namespace Formbricks.Contracts.Generator.Model;

/// <summary>
/// The namespace one spec generates into, collected across every spec of the project: two specs in one namespace
/// would declare the same types (every spec has its runtime, most an <c>Error</c>) and add the same hint names.
/// </summary>
/// <param name="SpecPath">The spec file.</param>
/// <param name="Namespace">The namespace its model was built for.</param>
internal sealed record NamespaceClaim(string SpecPath, string Namespace)
{
    /// <summary>
    /// The spec that owns <paramref name="spec"/>'s namespace when that is another one: the first spec, in the order
    /// the compiler hands them over, whose namespace is equal ignoring case (hint names are compared ignoring case,
    /// and a case-insensitive file system could not hold both sets of emitted files). Null when it is its own.
    /// </summary>
    public static string? OwnerOtherThan(EquatableArray<NamespaceClaim> claims, ClientSpec spec)
    {
        foreach (var claim in claims)
        {
            if (string.Equals(claim.Namespace, spec.Namespace, StringComparison.OrdinalIgnoreCase))
            {
                return string.Equals(claim.SpecPath, spec.SpecPath, StringComparison.Ordinal) ? null : claim.SpecPath;
            }
        }

        return null;
    }
}
