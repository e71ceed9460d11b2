using Formbricks.Contracts.Drift;

namespace Formbricks.Contracts.Tool.Output;

/// <summary>A pull-request comment: a heading, the summary, and one table row per finding.</summary>
internal static class MarkdownReport
{
    public static void Write(DiffReport report, TextWriter writer)
    {
        writer.WriteLine($"## API changes: `{report.Base}` → `{report.Revision}`");
        writer.WriteLine();
        writer.WriteLine(report.Summary);
        if (report.Findings.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("| Level | Rule | Operation | Change | Location |");
        writer.WriteLine("|---|---|---|---|---|");
        foreach (var finding in report.Findings)
        {
            writer.WriteLine($"| {FindingLevels.Name(finding.Level)} | `{finding.RuleId}` | {Cell(DiffReport.Operation(finding))} | {Cell(finding.Message)} | `{finding.Location}` |");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
