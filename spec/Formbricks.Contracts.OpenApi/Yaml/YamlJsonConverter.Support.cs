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

    private void ApplyMerges(JsonObject target, List<JsonObject> merges)
    {
        // Keys written in the mapping win over merged ones; earlier merge sources win over later ones. Collections
        // are copied at the end, as aliases are (a source may be an anchor whose own aliases are not copied yet).
        foreach (var source in merges)
        {
            foreach (var property in source)
            {
                if (target.ContainsKey(property.Key))
                {
                    continue;
                }

                if (property.Value is JsonValue scalar)
                {
                    target[property.Key] = scalar.DeepClone();
                }
                else
                {
                    // A collection, or an empty slot that a deferred alias fills: read from the source when copied.
                    target[property.Key] = null;
                    _deferred.Add(new DeferredCopy(target, property.Key, 0, source, fromMerge: true));
                }
            }
        }
    }

    /// <summary>
    /// Records that the slot <paramref name="parent"/> is about to fill with an alias gets a copy of
    /// <paramref name="source"/> once the whole text is read. Nothing is copied before the expansion is known to stay
    /// within <see cref="MaxNodes"/>: an alias bomb is refused at the alias that crosses the limit without having copied
    /// anything.
    /// </summary>
    private void DeferCopy(ConversionFrame parent, JsonNode source)
    {
        if (parent.Sequence is { } sequence)
        {
            _deferred.Add(new DeferredCopy(sequence, null, sequence.Count, source));
        }
        else if (!parent.DropValue && !parent.Discard && parent.Mapping is { } mapping)
        {
            _deferred.Add(new DeferredCopy(mapping, parent.Key ?? string.Empty, 0, source));
        }
    }

    /// <summary>
    /// Copies every deferred alias, in the order read: an alias refers to an anchor that ended before it, so the
    /// aliases inside that anchor are complete by the time it is copied.
    /// </summary>
    private void ResolveDeferredCopies()
    {
        foreach (var copy in _deferred)
        {
            // A merged entry's source is the merged mapping: the entry of the same key in it.
            var source = copy.FromMerge ? ((JsonObject)copy.Source)[copy.Key!] : copy.Source;
            var clone = source?.DeepClone();
            if (copy.Container is JsonArray array)
            {
                array[copy.Index] = clone;
            }
            else
            {
                ((JsonObject)copy.Container)[copy.Key!] = clone;
            }
        }

        _deferred.Clear();
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
