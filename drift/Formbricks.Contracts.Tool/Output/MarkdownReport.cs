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
            writer.WriteLine($"| {FindingLevels.Name(finding.Level)} | `{finding.RuleId}` | {Cell(DiffReport.Operation(finding))} | {Cell(Change(finding))} | `{finding.Location}` |");
        }
    }

    /// <summary>The message without the operation it starts with (the Operation column has it).</summary>
    private static string Change(Finding finding)
    {
        var prefix = DiffReport.Operation(finding) + ": ";
        return finding.Message.StartsWith(prefix, StringComparison.Ordinal) ? finding.Message.Substring(prefix.Length) : finding.Message;
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
