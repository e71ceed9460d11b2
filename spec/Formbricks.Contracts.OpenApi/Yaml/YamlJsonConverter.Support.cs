using System.Globalization;
using System.Text.Json.Nodes;
using Formbricks.Contracts.OpenApi.Diagnostics;
using Formbricks.Contracts.OpenApi.SourceMapping;
using SharpYaml;
using SharpYaml.Events;

namespace Formbricks.Contracts.OpenApi.Yaml;

/// <summary>Merge keys, limits, spans and diagnostics of the YAML-to-JSON conversion.</summary>
internal sealed partial class YamlJsonConverter
{
    private void CollectMerge(ConversionFrame mapping, JsonNode? value, (int Start, int End) span)
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
                PointerOf(mapping),
                Span(span));
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

    private void Register(string? anchor, JsonNode? node, long nodeCount, int height)
    {
        if (!string.IsNullOrEmpty(anchor))
        {
            _anchors[anchor!] = new AnchoredNode(node, nodeCount, height);
        }
    }

    private bool CountNodes(long added, long expansion, (int Start, int End) span)
    {
        _nodeCount += added;
        if (_nodeCount + expansion - added <= MaxNodes)
        {
            return true;
        }

        Fail($"The document expands to more than {MaxNodes} nodes (aliases are copied). Reduce the use of aliases.", Parent, span);
        return false;
    }

    private void ReportComplexKey(ConversionFrame mapping, (int Start, int End) span)
    {
        var pointer = PointerOf(mapping);
        _diagnostics.Report(
            SpecDiagnosticKind.MalformedDocument,
            $"A key in the mapping at '{DisplayPointer(pointer)}' is not a scalar. OpenAPI keys must be strings: write the key as plain text.",
            pointer,
            Span(span));
    }

    private void Fail(string message, ConversionFrame? parent, (int Start, int End) span)
    {
        _failed = true;
        _diagnostics.Report(SpecDiagnosticKind.MalformedDocument, message, PointerOf(parent), Span(span));
    }

    /// <summary>The JSON pointer of <paramref name="frame"/> (for discarded nodes: of the nearest kept ancestor), made for a diagnostic.</summary>
    private string PointerOf(ConversionFrame? frame) => frame is null ? string.Empty : _map.PointerOf(frame.Entry);

    /// <summary>The JSON pointer the next value of <paramref name="frame"/> gets, made for a diagnostic.</summary>
    private string ChildPointer(ConversionFrame frame)
    {
        var pointer = PointerOf(frame);
        if (frame.Discard)
        {
            return pointer;
        }

        if (frame.Sequence is not null)
        {
            return JsonPointer.Append(pointer, frame.Sequence.Count);
        }

        return frame.DropValue || frame.IsMergeKey ? pointer : JsonPointer.Append(pointer, frame.Key ?? string.Empty);
    }

    /// <summary>
    /// The source-map entry the next value of <paramref name="frame"/> is recorded at: a new item of a sequence, the
    /// entry of the key just read, or the frame's own entry where the old pointer scheme gave the frame's pointer
    /// (a discarded node, a dropped value, the value of a merge key).
    /// </summary>
    private int ChildEntry(ConversionFrame frame)
    {
        if (frame.Discard)
        {
            return frame.Entry;
        }

        if (frame.Sequence is not null)
        {
            return _map.Add(frame.Entry, frame.Sequence.Count);
        }

        return frame.DropValue || frame.IsMergeKey ? frame.Entry : frame.KeyEntry;
    }

    /// <summary>A range of the original text, clamped as <see cref="LineIndex.Span"/> clamps.</summary>
    private (int Start, int End) Range(long start, long end)
    {
        var s = start < 0 ? 0 : start > _text.Length ? _text.Length : (int)start;
        var e = end < 0 ? 0 : end > _text.Length ? _text.Length : (int)end;
        return (s, e < s ? s : e);
    }

    private SourceSpan Span((int Start, int End) range) => _lines.Span(range.Start, range.End);

    /// <summary>Offset of a SharpYaml mark in the original text.</summary>
    private long At(Mark mark) => mark.Index + _shift;

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
