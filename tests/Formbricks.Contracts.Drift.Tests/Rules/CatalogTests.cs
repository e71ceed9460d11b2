using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Drift.Tests.Rules;

/// <summary>The catalogue and the tests agree: every rule has a test pair, ids are kebab-case and unique, every family has its docs page listing its ids.</summary>
public sealed partial class CatalogTests
{
    [Fact]
    public void Every_rule_has_a_minimal_pair_in_the_tests()
    {
        var covered = new HashSet<string>(OperationRuleTests.Pairs.Keys);
        foreach (var (prefix, _, _) in SchemaRuleKinds.RequestPrefixes)
        {
            covered.UnionWith(SchemaRuleCases.Request.Select(c => prefix + "-" + c.Suffix));
        }

        foreach (var (prefix, _, _) in SchemaRuleKinds.ResponsePrefixes)
        {
            covered.UnionWith(SchemaRuleCases.Response.Select(c => prefix + "-" + c.Suffix));
        }

        var untested = RuleCatalog.All.Select(r => r.Id).Where(id => !covered.Contains(id)).ToList();
        var unknown = covered.Where(id => !RuleCatalog.TryGet(id, out _)).ToList();
        Assert.True(untested.Count == 0, "rules without a test pair: " + string.Join(", ", untested));
        Assert.True(unknown.Count == 0, "test pairs for unknown rules: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Ids_are_unique_kebab_case()
    {
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
        Assert.All(RuleCatalog.All, r => Assert.Matches(KebabCase(), r.Id));
    }

    [Fact]
    public void Every_family_page_lists_each_of_its_rules_with_level_and_example()
    {
        foreach (var family in RuleCatalog.All.GroupBy(r => r.Family))
        {
            var page = Path.Combine(RepositoryFiles.Root, "docs", "drift", "rules", family.Key + ".md");
            var expected = RulePages.Render(family.Key, family);
            if (Environment.GetEnvironmentVariable("FORMBRICKS_ACCEPT_DOCS") == "1")
            {
                File.WriteAllText(page, expected);
            }

            Assert.True(File.Exists(page), $"{page} is missing; run the tests with FORMBRICKS_ACCEPT_DOCS=1 to write it.");
            Assert.True(File.ReadAllText(page) == expected, $"{page} is stale; run the tests with FORMBRICKS_ACCEPT_DOCS=1 to rewrite it.");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial System.Text.RegularExpressions.Regex KebabCase();
}
