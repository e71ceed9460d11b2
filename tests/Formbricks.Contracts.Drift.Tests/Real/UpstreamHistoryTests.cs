using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Drift.Tests.Real;

/// <summary>
/// Formbricks' own API history (v1, v2 and v3 documents, 3.0 and 3.1, JSON and YAML) diffed in every order: the engine
/// finishes, every finding is a catalogued rule at its level, on one line, located at a real line of the document
/// that holds its node.
/// </summary>
public sealed class UpstreamHistoryTests
{
    [Theory]
    [InlineData("formbricks-v1.openapi.json", "formbricks-v2.openapi.yml")]
    [InlineData("formbricks-v2.openapi.yml", "formbricks-v3.openapi.yml")]
    [InlineData("formbricks-v1.openapi.json", "formbricks-v3.openapi.yml")]
    [InlineData("formbricks-v2.openapi.yml", "formbricks-v1.openapi.json")]
    [InlineData("formbricks-v3.openapi.yml", "formbricks-v2.openapi.yml")]
    [InlineData("formbricks-v3.openapi.yml", "formbricks-v1.openapi.json")]
    public void Each_pair_of_versions_gives_catalogued_located_findings(string baseName, string revisionName)
    {
        var baseText = File.ReadAllText(RepositoryFiles.Upstream(baseName));
        var revisionText = File.ReadAllText(RepositoryFiles.Upstream(revisionName));
        var findings = DriftRunner.Diff(baseText, revisionText, baseName, revisionName);

        Assert.NotEmpty(findings);
        foreach (var finding in findings)
        {
            Assert.True(RuleCatalog.TryGet(finding.RuleId, out var rule), finding.ToString());
            Assert.Equal(rule.Level, finding.Level);
            var lines = (finding.Location.InBase ? baseText : revisionText).Split('\n');
            Assert.Equal(finding.Location.InBase ? baseName : revisionName, finding.Location.File);
            Assert.InRange(finding.Location.Line, 1, lines.Length);
            Assert.DoesNotContain('\n', finding.Message);
        }
    }
}
