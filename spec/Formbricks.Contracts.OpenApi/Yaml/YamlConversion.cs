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
