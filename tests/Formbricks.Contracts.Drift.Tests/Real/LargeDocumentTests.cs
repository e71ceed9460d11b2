using System.IO.Compression;
using System.Text;

namespace Formbricks.Contracts.Drift.Tests.Real;

/// <summary>
/// The large benchmark document against the revision of <see cref="LargeDocumentRevision"/> (edits in widely shared
/// components): the findings are, line for line, the ones the engine gave when it walked every operation's schemas
/// afresh, before it compared each pair of shared components once and replayed the findings per operation
/// (<c>box-platform.findings.txt.gz</c>, one <see cref="Line"/> per finding; <c>FORMBRICKS_ACCEPT_FINDINGS=1</c> rewrites it).
/// </summary>
public sealed class LargeDocumentTests
{
    private static string ExpectedPath => Path.Combine(RepositoryFiles.Root, "tests", "Formbricks.Contracts.Drift.Tests", "Real", "box-platform.findings.txt.gz");

    [Fact]
    public void Findings_on_the_large_document_are_the_ones_the_walking_engine_gave()
    {
        if (!File.Exists(LargeDocumentRevision.DocumentPath))
        {
            Assert.Skip($"The benchmark document is not beside this clone ({LargeDocumentRevision.DocumentPath}).");
        }

        var text = File.ReadAllText(LargeDocumentRevision.DocumentPath);
        var findings = DriftRunner.Diff(text, LargeDocumentRevision.Revise(text), "base.json", "revision.json");
        var actual = findings.Select(Line).ToList();
        if (Environment.GetEnvironmentVariable("FORMBRICKS_ACCEPT_FINDINGS") == "1")
        {
            using var output = new GZipStream(File.Create(ExpectedPath), CompressionLevel.SmallestSize);
            output.Write(Encoding.UTF8.GetBytes(string.Join("\n", actual) + "\n"));
        }

        using var input = new StreamReader(new GZipStream(File.OpenRead(ExpectedPath), CompressionMode.Decompress), Encoding.UTF8);
        var expected = input.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Length, actual.Count);
        Assert.Equal(expected, actual);
    }

    /// <summary>One line per finding with everything a finding carries.</summary>
    private static string Line(Finding f) =>
        $"{f.RuleId}|{FindingLevels.Name(f.Level)}|{f.Method} {f.Path}|{f.Message}|{(f.Location.InBase ? "base" : "revision")}:{f.Location.Line}:{f.Location.Column}|{f.Location.Pointer}";
}
