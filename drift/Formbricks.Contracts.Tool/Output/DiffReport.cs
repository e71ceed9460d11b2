using Formbricks.Contracts.Drift;

namespace Formbricks.Contracts.Tool.Output;

/// <summary>What a report shows: the findings (after ignore, severity and path filters), the threshold, the two documents.</summary>
internal sealed record DiffReport(IReadOnlyList<Finding> Findings, FindingLevel FailOn, string Base, string Revision)
{
    public bool Fails(Finding finding) => finding.Level >= FailOn;

    public int Failing => Findings.Count(Fails);

    public string Summary
    {
        get
        {
            if (Findings.Count == 0)
            {
                return "No changes found.";
            }

            var err = Findings.Count(f => f.Level == FindingLevel.Err);
            var warn = Findings.Count(f => f.Level == FindingLevel.Warn);
            var info = Findings.Count(f => f.Level == FindingLevel.Info);
            return $"{Findings.Count} change{(Findings.Count == 1 ? string.Empty : "s")}: {err} ERR, {warn} WARN, {info} INFO ({Failing} at or above {FindingLevels.Name(FailOn)}).";
        }
    }

    /// <summary>"GET /surveys" or "(document)".</summary>
    public static string Operation(Finding finding) => finding.Method.Length == 0 ? "(document)" : finding.Method + " " + finding.Path;
}
