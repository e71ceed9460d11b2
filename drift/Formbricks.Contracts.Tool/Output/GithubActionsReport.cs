using Formbricks.Contracts.Drift;

namespace Formbricks.Contracts.Tool.Output;

/// <summary>GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=rule-id::message</c> (warning, notice for lower levels).</summary>
internal static class GithubActionsReport
{
    public static void Write(DiffReport report, TextWriter writer)
    {
        foreach (var finding in report.Findings)
        {
            var command = finding.Level switch { FindingLevel.Err => "error", FindingLevel.Warn => "warning", _ => "notice" };
            var location = finding.Location;
            writer.WriteLine($"::{command} file={Property(location.File)},line={location.Line},col={location.Column},title={Property(finding.RuleId)}::{Data(finding.Message)}");
        }
    }

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
