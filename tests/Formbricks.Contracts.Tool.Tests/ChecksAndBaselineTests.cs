using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Tool.Tests;

/// <summary><c>checks</c> and <c>baseline accept</c> run as processes.</summary>
public sealed class ChecksAndBaselineTests
{
    [Fact]
    public void Checks_lists_every_rule_with_its_level()
    {
        using var workspace = new Workspace();
        var result = ToolProcess.Run(workspace.Directory, "checks");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Trim().Split('\n');
        Assert.Equal(RuleCatalog.All.Count, lines.Length);
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Contains(lines, line => line.StartsWith(rule.Id + " ", StringComparison.Ordinal) && line.Contains(" " + Drift.FindingLevels.Name(rule.Level) + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Baseline_accept_copies_the_spec_over_the_baseline()
    {
        using var workspace = new Workspace();
        var result = ToolProcess.Run(workspace.Directory, "baseline", "accept", "revision.yml", "base.yml");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Workspace.Revision, File.ReadAllText(Path.Combine(workspace.Directory, "base.yml")));
        Assert.Equal(0, ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml", "--fail-on", "INFO").ExitCode);
    }

    [Fact]
    public void Baseline_accept_refuses_an_unreadable_spec_and_leaves_the_baseline()
    {
        using var workspace = new Workspace();
        workspace.Write("broken.yml", "openapi: 3.1.0\npaths: [\n");
        var result = ToolProcess.Run(workspace.Directory, "baseline", "accept", "broken.yml", "base.yml");
        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Equal(Workspace.Base, File.ReadAllText(Path.Combine(workspace.Directory, "base.yml")));
    }
}
