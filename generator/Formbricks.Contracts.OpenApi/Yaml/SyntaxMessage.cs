using System.Text.RegularExpressions;

namespace Formbricks.Contracts.OpenApi.Yaml;

/// <summary>Tidies YamlDotNet's exception messages for use inside a diagnostic.</summary>
internal static class SyntaxMessage
{
    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): ".
    private static readonly Regex PositionPrefix = new(
        @"^\s*\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*",
        RegexOptions.CultureInvariant);

    public static string Clean(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return "invalid syntax.";
        }

        var text = PositionPrefix.Replace(message!, string.Empty).Trim();
        if (text.Length == 0)
        {
            return "invalid syntax.";
        }

        if (char.IsLower(text[0]))
        {
            text = char.ToUpperInvariant(text[0]) + text.Substring(1);
        }

        return text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";
    }
}
