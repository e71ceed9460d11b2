using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Drift.Tests.Rules;

/// <summary>Every schema rule kind at every place of its direction, in OpenAPI 3.0 and 3.1.</summary>
public sealed class SchemaRuleTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var version in new[] { "3.0.3", "3.1.0" })
        {
            foreach (var (prefix, _, _) in SchemaRuleKinds.RequestPrefixes)
            {
                foreach (var (suffix, _, _) in SchemaRuleCases.Request)
                {
                    data.Add(version, prefix, suffix);
                }
            }

            foreach (var (prefix, _, _) in SchemaRuleKinds.ResponsePrefixes)
            {
                foreach (var (suffix, _, _) in SchemaRuleCases.Response)
                {
                    data.Add(version, prefix, suffix);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_rule_fires_with_a_located_one_line_message(string version, string prefix, string suffix)
    {
        var cases = prefix.StartsWith("request", StringComparison.Ordinal) ? SchemaRuleCases.Request : SchemaRuleCases.Response;
        var (_, baseSchema, revisionSchema) = cases.Single(c => c.Suffix == suffix);
        var document = new TestDocument(version);
        var finding = RuleAssert.Fires(prefix + "-" + suffix, SchemaRuleCases.Place(document, prefix, baseSchema), SchemaRuleCases.Place(document, prefix, revisionSchema));
        Assert.DoesNotContain('\n', finding.Message);
        Assert.StartsWith("POST /items/{id}: ", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_pair_the_other_way_round_breaks_nothing(string version, string prefix, string suffix)
    {
        // Loosening is never an error: the reverse of each tightening (request) or widening (response) pair.
        if (suffix is "default-changed" or "format-changed" or "pattern-changed" or "discriminator-changed" or "type-changed" or "multiple-of-changed")
        {
            return;
        }

        var cases = prefix.StartsWith("request", StringComparison.Ordinal) ? SchemaRuleCases.Request : SchemaRuleCases.Response;
        var (_, baseSchema, revisionSchema) = cases.Single(c => c.Suffix == suffix);
        var document = new TestDocument(version);
        var findings = DriftRunner.Diff(SchemaRuleCases.Place(document, prefix, revisionSchema).Text(), SchemaRuleCases.Place(document, prefix, baseSchema).Text());
        Assert.True(findings.All(f => f.Level != FindingLevel.Err), DriftRunner.Describe(findings));
    }
}
