using Microsoft.OpenApi;

namespace Formbricks.Contracts.OpenApi.Reading;

/// <summary>The Microsoft.OpenApi validation rules this library runs: the default set minus rules that are noisy on valid documents.</summary>
internal static class ValidationRules
{
    /// <summary>Rule names left out, with the reason next to each.</summary>
    internal static readonly IReadOnlyList<string> Excluded = new[]
    {
        // Duplicates ReferenceChecker, which evaluates every $ref as a real JSON pointer and names the closest
        // existing member. This rule only understands '#/components/<kind>/<name>': on a valid pointer such as
        // '#/components/schemas/S/properties/a' it warns about a non-existent '#/components/schemas/a'.
        "OpenApiDocumentReferencesAreValid",
    };

    /// <summary>A fresh rule set (rule sets are mutable, so none is shared between reads).</summary>
    public static ValidationRuleSet Create()
    {
        var rules = new ValidationRuleSet(ValidationRuleSet.GetDefaultRuleSet());
        foreach (var name in Excluded)
        {
            rules.Remove(name);
        }

        return rules;
    }
}
