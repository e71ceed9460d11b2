using System.Globalization;
using Formbricks.Contracts.Drift;

namespace Formbricks.Contracts.Tool.Tuning;

/// <summary>A severity file: one <c>rule-id level</c> a line (ERR, WARN or INFO; <c>#</c> comments skipped) that sets a rule's level.</summary>
internal sealed class SeverityFile
{
    private readonly Dictionary<string, FindingLevel> _levels;

    private SeverityFile(Dictionary<string, FindingLevel> levels) => _levels = levels;

    public static SeverityFile Load(string path)
    {
        var levels = new Dictionary<string, FindingLevel>(StringComparer.Ordinal);
        var lines = TuningText.ReadLines(path, "severity");
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = TuningText.Split(lines[i]);
            if (parts.Length == 0)
            {
                continue;
            }

            if (parts.Length != 2 || !FindingLevels.TryParse(parts[1], out var level))
            {
                throw new UsageException(string.Format(CultureInfo.InvariantCulture, "{0}:{1}: error: expected 'rule-id ERR|WARN|INFO', got '{2}'", path, i + 1, lines[i].Trim()));
            }

            TuningText.CheckRuleId(parts[0], path, i + 1, allowWildcard: false);
            levels[parts[0]] = level;
        }

        return new SeverityFile(levels);
    }

    public Finding Apply(Finding finding) =>
        _levels.TryGetValue(finding.RuleId, out var level) && level != finding.Level ? finding.WithLevel(level) : finding;
}
