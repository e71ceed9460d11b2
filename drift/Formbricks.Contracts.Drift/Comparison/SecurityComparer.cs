using Formbricks.Contracts.Drift.Model;
using Formbricks.Contracts.Drift.Rules;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>
/// Security: each requirement object is one alternative (its schemes together). A client that met one of the base's
/// alternatives is refused when the revision no longer offers it.
/// </summary>
internal static class SecurityComparer
{
    public static void Compare(DiffSession session, OperationPair operation)
    {
        var baseAlternatives = Alternatives(operation.Base.Operation.Security ?? session.Base.Document.Security);
        var revisionSecurity = operation.Revision.Operation.Security;
        var revisionAlternatives = Alternatives(revisionSecurity ?? session.Revision.Document.Security);
        if (baseAlternatives.TrueForAll(revisionAlternatives.Contains))
        {
            return;
        }

        var pointer = revisionSecurity is not null ? operation.Revision.Pointer.Child("security").Text : "/security";
        session.Report(
            RuleIds.ApiSecurityAdded,
            operation,
            $"security now requires {Describe(revisionAlternatives)} (was {Describe(baseAlternatives)})",
            pointer,
            inBase: false);
    }

    private static List<string> Alternatives(IList<OpenApiSecurityRequirement>? requirements)
    {
        if (requirements is not { Count: > 0 })
        {
            return [string.Empty];
        }

        return requirements
            .Select(requirement => string.Join(" + ", requirement.Keys.Select(Name).OrderBy(n => n, StringComparer.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static string Name(OpenApiSecuritySchemeReference scheme) => scheme.Reference.Id ?? scheme.Name ?? "?";

    private static string Describe(List<string> alternatives) =>
        string.Join(" or ", alternatives.Select(a => a.Length == 0 ? "nothing" : a));
}
