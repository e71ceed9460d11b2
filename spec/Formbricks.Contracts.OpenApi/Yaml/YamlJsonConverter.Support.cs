using System.Globalization;
using System.Text.Json.Nodes;
using Formbricks.Contracts.OpenApi.Diagnostics;
using Formbricks.Contracts.OpenApi.SourceMapping;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Formbricks.Contracts.OpenApi.Yaml;

/// <summary>Merge keys, limits, spans and diagnostics of the YAML-to-JSON conversion.</summary>
internal sealed partial class YamlJsonConverter
{
    private void CollectMerge(ConversionFrame mapping, JsonNode? value, SourceSpan span)
    {
        var sources = new List<JsonObject>();
        if (value is JsonObject single)
        {
            sources.Add(single);
        }
        else if (value is JsonArray list && list.All(item => item is JsonObject))
        {
            sources.AddRange(list.Cast<JsonObject>());
        }
        else
        {
            _diagnostics.Report(
                SpecDiagnosticKind.MalformedDocument,
                "The merge key '<<' needs a mapping or a list of mappings (usually an alias such as '<<: *defaults').",
                mapping.Pointer,
                span);
            return;
        }

        mapping.Merges ??= new List<JsonObject>();
        mapping.Merges.AddRange(sources);
    }

    private static void ApplyMerges(JsonObject target, List<JsonObject> merges)
    {
        // Keys written in the mapping win over merged ones; earlier merge sources win over later ones.
        foreach (var source in merges)
        {
            foreach (var property in source)
            {
                if (!target.ContainsKey(property.Key))
                {
                    target[property.Key] = property.Value?.DeepClone();
                }
            }
        }
    }

    private void Register(AnchorName anchor, JsonNode? node, long nodeCount, int height)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = new AnchoredNode(node, nodeCount, height);
        }
    }

    private bool CountNodes(long added, long expansion, SourceSpan span)
    {
        _nodeCount += added;
        if (_nodeCount + expansion - added <= MaxNodes)
        {
            return true;
        }

        Fail($"The document expands to more than {MaxNodes} nodes (aliases are copied). Reduce the use of aliases.", Parent, span);
        return false;
    }

    private void ReportComplexKey(ConversionFrame mapping, SourceSpan span) =>
        _diagnostics.Report(
            SpecDiagnosticKind.MalformedDocument,
            $"A key in the mapping at '{DisplayPointer(mapping.Pointer)}' is not a scalar. OpenAPI keys must be strings: write the key as plain text.",
            mapping.Pointer,
            span);

    private void Fail(string message, ConversionFrame? parent, SourceSpan span)
    {
        _failed = true;
        _diagnostics.Report(SpecDiagnosticKind.MalformedDocument, message, parent?.Pointer ?? string.Empty, span);
    }

    /// <summary>Offset of a YamlDotNet mark in the original text.</summary>
    private long At(Mark mark) => _repair is null ? mark.Index + _shift : _repair.ToOriginal(mark.Index + _shift);

    /// <summary>End of a flow collection: just after its closing bracket (the event's end mark stops before it).</summary>
    private long FlowEnd(ParsingEvent end)
    {
        var start = At(end.Start);
        if (start >= 0 && start < _text.Length && (_text[(int)start] == '}' || _text[(int)start] == ']'))
        {
            return Math.Max(start + 1, At(end.End));
        }

        return At(end.End);
    }

    private long TrimTrailingWhitespace(long start, long end)
    {
        var e = (int)Math.Min(end, _text.Length);
        while (e > start && char.IsWhiteSpace(_text[e - 1]))
        {
            e--;
        }

        return e;
    }

    internal static string DisplayPointer(string pointer) => pointer.Length == 0 ? "(root)" : pointer;
}
