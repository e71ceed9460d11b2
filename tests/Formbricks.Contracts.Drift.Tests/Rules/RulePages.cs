using System.Text;
using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Drift.Tests.Rules;

/// <summary>The docs page of one rule family (docs/drift/rules/&lt;family&gt;.md), rendered from the catalogue so the two cannot drift.</summary>
internal static class RulePages
{
    private static readonly Dictionary<string, string> Introductions = new()
    {
        [RuleFamilies.Operations] = "Operations are matched by method and effective URL template (server path + path, path parameter names ignored). A removed operation is an error unless it was deprecated first (and, when it has an `x-sunset` date, that date has passed).",
        [RuleFamilies.Parameters] = "Path, query, header and cookie parameters (path-item parameters included). Path parameters are matched by position, so a renamed one is not a removal; header names are matched without case. A parameter's schema must still accept every value it accepted: the `request-parameter-*` schema rules recurse through items and compositions.",
        [RuleFamilies.RequestBody] = "The request body, its media types (matched by essence: `application/json; charset=utf-8` is `application/json`) and its schema. `request-body-*` rules are about the top-level schema, `request-property-*` rules about properties at any depth (through `properties`, `items`, `allOf`, `oneOf`, `anyOf` and `$ref` cycles). Read-only properties are ignored in requests.",
        [RuleFamilies.Responses] = "Response statuses, media types and body schemas. A client must be able to read every answer of the revision: `response-body-*` rules are about the top-level schema, `response-property-*` rules about properties at any depth. Write-only properties are ignored in responses.",
        [RuleFamilies.SecurityAndServers] = "Security requirements (each requirement object is one alternative) and the document's servers. A server change that moves every operation is one finding, not one per operation.",
    };

    public static string Render(string family, IEnumerable<Rule> rules)
    {
        var builder = new StringBuilder();
        builder.Append("# Drift rules: ").Append(family).Append("\n\n");
        builder.Append(Introductions[family]).Append("\n\n");
        builder.Append("This page is generated from the rule catalogue (`drift/Formbricks.Contracts.Drift/Rules`) by `CatalogTests`; `formbricks-contracts checks` lists every rule.\n\n");
        builder.Append("| Id | Level | What it finds | Example (base -> revision) |\n|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            builder.Append("| `").Append(rule.Id).Append("` | ").Append(FindingLevels.Name(rule.Level)).Append(" | ")
                .Append(rule.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" | `")
                .Append(rule.Example.Replace("|", "\\|", StringComparison.Ordinal)).Append("` |\n");
        }

        return builder.ToString();
    }
}
