using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.OpenApi.Yaml;

/// <summary>The outcome of turning YAML (or JSON) text into a <see cref="JsonNode"/> tree.</summary>
internal sealed class YamlConversion
{
    public YamlConversion(JsonNode? root, bool hasRoot, bool failed, SourceMap sourceMap)
    {
        Root = root;
        HasRoot = hasRoot;
        Failed = failed;
        SourceMap = sourceMap;
    }

    /// <summary>The root node (null both for an empty stream and for a document that is just <c>null</c>).</summary>
    public JsonNode? Root { get; }

    /// <summary>True when the stream held a document.</summary>
    public bool HasRoot { get; }

    /// <summary>True when the text could not be turned into a tree (a diagnostic says why); <see cref="Root"/> is then unusable.</summary>
    public bool Failed { get; }

    /// <summary>Spans of everything that was read, also when <see cref="Failed"/>.</summary>
    public SourceMap SourceMap { get; }
}

/// <summary>Tidies SharpYaml's exception messages for use inside a diagnostic.</summary>
internal static class SyntaxMessage
{
    // SharpYaml prefixes messages with "(Lin: 2, Col: 4, Chr: 20) - (Lin: 2, Col: 5, Chr: 21): " (zero-based lines and
    // columns, which a reader would misread: the diagnostic states its own one-based position).
    private static readonly Regex PositionPrefix = new(
        @"^\s*\(Lin: \d+, Col: \d+, Chr: \d+\) - \(Lin: \d+, Col: \d+, Chr: \d+\):\s*",
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
