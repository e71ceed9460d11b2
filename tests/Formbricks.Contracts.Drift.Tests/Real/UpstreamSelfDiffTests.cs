namespace Formbricks.Contracts.Drift.Tests.Real;

/// <summary>Every official Formbricks document diffed against itself (and the canonical spec against itself) gives nothing.</summary>
public sealed class UpstreamSelfDiffTests
{
    [Theory]
    [InlineData("formbricks-v1.openapi.json")]
    [InlineData("formbricks-v2.openapi.yml")]
    [InlineData("formbricks-v3.openapi.yml")]
    public void Official_document_against_itself_gives_nothing(string fileName)
    {
        var path = RepositoryFiles.Upstream(fileName);
        var text = File.ReadAllText(path);
        var findings = DriftRunner.Diff(text, text, path, path);
        Assert.True(findings.Count == 0, DriftRunner.Describe(findings));
    }

    [Fact]
    public void Canonical_spec_against_itself_gives_nothing()
    {
        var text = File.ReadAllText(RepositoryFiles.CanonicalSpec);
        var findings = DriftRunner.Diff(text, text, "a.yml", "b.yml");
        Assert.True(findings.Count == 0, DriftRunner.Describe(findings));
    }

    [Fact]
    public void Canonical_spec_against_official_v2_reports_located_findings()
    {
        var canonical = File.ReadAllText(RepositoryFiles.CanonicalSpec);
        var official = File.ReadAllText(RepositoryFiles.Upstream("formbricks-v2.openapi.yml"));
        var findings = DriftRunner.Diff(canonical, official, "canonical.yml", "v2.yml");
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.True(f.Location.Line > 0 && f.Location.Column > 0, f.ToString()));
        Console.WriteLine(DriftRunner.Describe(findings));
    }
}
