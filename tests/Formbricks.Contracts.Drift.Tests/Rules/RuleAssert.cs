namespace Formbricks.Contracts.Drift.Tests.Rules;

internal static class RuleAssert
{
    /// <summary>Diffs two documents and asserts that <paramref name="ruleId"/> fires, located at a real line of the right document.</summary>
    public static Finding Fires(string ruleId, TestDocument @base, TestDocument revision)
    {
        var baseText = @base.Text();
        var revisionText = revision.Text();
        var findings = DriftRunner.Diff(baseText, revisionText);
        var finding = findings.FirstOrDefault(f => f.RuleId == ruleId);
        Assert.True(finding is not null, $"{ruleId} did not fire ({@base.Version}); found:{Environment.NewLine}{DriftRunner.Describe(findings)}{Environment.NewLine}base:{Environment.NewLine}{baseText}{Environment.NewLine}revision:{Environment.NewLine}{revisionText}");
        var lines = (finding.Location.InBase ? baseText : revisionText).Split('\n');
        Assert.Equal(finding.Location.InBase ? "base.yml" : "revision.yml", finding.Location.File);
        Assert.InRange(finding.Location.Line, 2, lines.Length);
        Assert.InRange(finding.Location.Column, 1, lines[finding.Location.Line - 1].Length);
        Assert.Contains(finding.Method + " ", finding.Message, StringComparison.Ordinal);
        return finding;
    }
}
