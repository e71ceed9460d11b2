namespace Formbricks.Contracts.Tool.Output;

/// <summary>The report formats of <c>diff --format</c>.</summary>
internal static class ReportFormats
{
    public static readonly string[] Names = ["text", "json", "markdown", "junit", "githubactions", "sarif"];

    /// <summary>Writes the report in <paramref name="format"/>; <paramref name="colour"/> only matters to text.</summary>
    public static void Write(string format, DiffReport report, TextWriter writer, bool colour)
    {
        switch (format)
        {
            case "json":
                JsonReport.Write(report, writer);
                break;
            case "markdown":
                MarkdownReport.Write(report, writer);
                break;
            case "junit":
                JunitReport.Write(report, writer);
                break;
            case "githubactions":
                GithubActionsReport.Write(report, writer);
                break;
            case "sarif":
                SarifReport.Write(report, writer);
                break;
            default:
                TextReport.Write(report, writer, colour);
                break;
        }
    }
}
