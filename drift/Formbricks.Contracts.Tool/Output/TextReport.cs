using Formbricks.Contracts.Drift;

namespace Formbricks.Contracts.Tool.Output;

/// <summary>One line per finding, <c>file:line:column: LEVEL rule-id: message</c> (as compilers write), then a summary. ANSI colour only on a terminal.</summary>
internal static class TextReport
{
    public static void Write(DiffReport report, TextWriter writer, bool colour)
    {
        foreach (var finding in report.Findings)
        {
            var level = FindingLevels.Name(finding.Level);
            if (colour)
            {
                level = (finding.Level switch { FindingLevel.Err => "\u001b[31m", FindingLevel.Warn => "\u001b[33m", _ => "\u001b[36m" }) + level + "\u001b[0m";
            }

            writer.WriteLine($"{finding.Location}: {level} {finding.RuleId}: {finding.Message}");
        }

        writer.WriteLine(report.Summary);
    }
}
