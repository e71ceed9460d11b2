using System.Globalization;
using System.Text;
using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Tool.Tuning;

/// <summary>What the ignore and severity files share: reading, splitting, rule-id checks.</summary>
internal static class TuningText
{
    public static string[] ReadLines(string path, string kind)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{path}: error: cannot read the {kind} file ({e.Message})");
        }
    }

    /// <summary>The words of a line without its <c>#</c> comment.</summary>
    public static string[] Split(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        var content = hash >= 0 ? line.Substring(0, hash) : line;
        return content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    public static void CheckRuleId(string id, string path, int line, bool allowWildcard)
    {
        if ((allowWildcard && id == "*") || RuleCatalog.TryGet(id, out _))
        {
            return;
        }

        throw new UsageException(string.Format(CultureInfo.InvariantCulture, "{0}:{1}: error: unknown rule id '{2}' (formbricks-contracts checks lists them)", path, line, id));
    }

    /// <summary>A path with parameter names erased, so <c>/surveys/{id}</c> matches <c>/surveys/{surveyId}</c>.</summary>
    public static string Template(string path)
    {
        var builder = new StringBuilder(path.Length);
        var inParameter = false;
        foreach (var c in path)
        {
            if (c == '{')
            {
                inParameter = true;
                builder.Append("{}");
            }
            else if (c == '}')
            {
                inParameter = false;
            }
            else if (!inParameter)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd('/');
    }
}
