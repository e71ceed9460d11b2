using Formbricks.Contracts.OpenApi;

namespace Formbricks.Contracts.Drift.Tests;

/// <summary>Reads two documents from text with the shared reader and diffs them.</summary>
internal static class DriftRunner
{
    public static IReadOnlyList<Finding> Diff(string baseText, string revisionText, string baseName = "base.yml", string revisionName = "revision.yml")
    {
        var @base = Read(baseName, baseText);
        var revision = Read(revisionName, revisionText);
        return DriftEngine.Diff(@base, revision, new DriftOptions { Today = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
    }

    public static SpecReadResult Read(string name, string text)
    {
        var result = SpecReader.Read(name, text, TestContext.Current.CancellationToken);
        Assert.False(result.HasErrors, name + ": " + string.Join(Environment.NewLine, result.Diagnostics));
        return result;
    }

    public static string Describe(IEnumerable<Finding> findings) => string.Join(Environment.NewLine, findings.Select(f => f.ToString()));
}
