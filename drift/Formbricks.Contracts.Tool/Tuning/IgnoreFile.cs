using System.Globalization;
using Formbricks.Contracts.Drift;

namespace Formbricks.Contracts.Tool.Tuning;

/// <summary>
/// An ignore file: one <c>METHOD /path rule-id</c> a line (blank lines and <c>#</c> comments skipped). A finding is
/// dropped when all three match: the method without case (or <c>*</c>), the path with parameter names ignored, and the
/// rule id (or <c>*</c>).
/// </summary>
internal sealed class IgnoreFile
{
    private readonly List<(string Method, string Path, string RuleId)> _entries;

    private IgnoreFile(List<(string, string, string)> entries) => _entries = entries;

    public static IgnoreFile Load(string path)
    {
        var entries = new List<(string, string, string)>();
        var lines = TuningText.ReadLines(path, "ignore");
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = TuningText.Split(lines[i]);
            if (parts.Length == 0)
            {
                continue;
            }

            if (parts.Length != 3 || !parts[1].StartsWith('/'))
            {
                throw new UsageException(string.Format(CultureInfo.InvariantCulture, "{0}:{1}: error: expected 'METHOD /path rule-id', got '{2}'", path, i + 1, lines[i].Trim()));
            }

            TuningText.CheckRuleId(parts[2], path, i + 1, allowWildcard: true);
            entries.Add((parts[0].ToUpperInvariant(), TuningText.Template(parts[1]), parts[2]));
        }

        return new IgnoreFile(entries);
    }

    public bool Ignores(Finding finding)
    {
        var path = TuningText.Template(finding.Path);
        return _entries.Any(e =>
            (e.Method == "*" || e.Method == finding.Method) &&
            e.Path == path &&
            (e.RuleId == "*" || e.RuleId == finding.RuleId));
    }
}
