using System.Globalization;
using System.Text.Json.Nodes;
using Formbricks.Contracts.OpenApi.Diagnostics;
using Formbricks.Contracts.OpenApi.SourceMapping;
using SharpYaml;
using SharpYaml.Events;

namespace Formbricks.Contracts.OpenApi.Yaml;

/// <summary>
/// Turns YAML (and JSON, which YAML 1.2 parses) into a <see cref="JsonNode"/> tree from SharpYaml's event stream,
/// recording the span of every key and value by JSON pointer. Resolves aliases by copying the anchored node (once the whole text is read and the
/// expansion is known to be within limits) and
/// applies merge keys. Syntax errors (<see cref="YamlException"/>) are left to the caller.
/// </summary>
internal sealed partial class YamlJsonConverter
{
    /// <summary>Deeper nesting is rejected: no real spec comes close, and later stages recurse.</summary>
    internal const int MaxDepth = 200;

    /// <summary>More nodes (counting alias expansions) are rejected, against "billion laughs" alias bombs.</summary>
    internal const long MaxNodes = 1_000_000;

    private readonly string _text;
    private readonly int _shift;
    private readonly LineIndex _lines;
    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly SourceMapBuilder _map;
    private readonly Dictionary<string, AnchoredNode> _anchors = new(StringComparer.Ordinal);
    private readonly List<ConversionFrame> _stack = new();
    private readonly List<DeferredCopy> _deferred = new();
    private JsonNode? _root;
    private bool _hasRoot;
    private bool _failed;
    private long _nodeCount;
    private ParsingEvent? _lastEvent;

    private YamlJsonConverter(string text, LineIndex lines, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        _text = text;
        _shift = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        _lines = lines;
        _map = new SourceMapBuilder(lines);
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Converts <paramref name="text"/>. A syntax error becomes one MalformedDocument error at the position SharpYaml
    /// reports, and the result is marked <see cref="YamlConversion.Failed"/>.
    /// </summary>
    public static YamlConversion Convert(string text, bool isJson, LineIndex lines, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var converter = new YamlJsonConverter(text, lines, diagnostics, cancellationToken);
        converter.RunAndReport(isJson);
        return converter.Result();
    }

    /// <summary>Runs the conversion and reports a syntax error.</summary>
    private void RunAndReport(bool isJson)
    {
        try
        {
            Run();
        }
        catch (YamlException exception)
        {
            ReportSyntaxError(exception.Start, SyntaxMessage.Clean(exception.Message), isJson);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // Defence in depth: a YAML scanner may fail this way on broken input (YamlDotNet did on an unclosed '['
            // before a new mapping key); the last event read is the best position there is.
            ReportSyntaxError(_lastEvent?.Start ?? default, "The parser stopped here; look for an unclosed bracket, brace or quote.", isJson);
        }
    }

    private YamlConversion Result() => new(_root, _hasRoot, _failed, _map.Build());

    private void Run()
    {
        ReadEvents();
        if (!_failed)
        {
            ResolveDeferredCopies();
        }
    }

    private void ReadEvents()
    {
        // A byte order mark would become part of the first key; parse without it and shift offsets back.
        var parser = Parser.CreateParser(new StringReader(_shift == 0 ? _text : _text.Substring(_shift)));
        var documents = 0;
        var events = 0;
        while (!_failed && parser.MoveNext())
        {
            if ((++events & 0xFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var current = parser.Current;
            _lastEvent = current;
            switch (current)
            {
                case DocumentStart start:
                    if (++documents > 1)
                    {
                        _diagnostics.Report(
                            SpecDiagnosticKind.ExtraDocuments,
                            "The text holds more than one YAML document ('---'); only the first one is read. Remove the other documents or move them to their own files.",
                            string.Empty,
                            _lines.Span(At(start.Start), At(start.End)));
                        return;
                    }

                    break;
                case Scalar scalar:
                    OnScalar(scalar);
                    break;
                case AnchorAlias alias:
                    OnAlias(alias);
                    break;
                case MappingStart mappingStart:
                    OnCollectionStart(mappingStart, new JsonObject(), null, mappingStart.Style == YamlStyle.Flow);
                    break;
                case SequenceStart sequenceStart:
                    OnCollectionStart(sequenceStart, null, new JsonArray(), sequenceStart.Style == YamlStyle.Flow);
                    break;
                case MappingEnd mappingEnd:
                    OnCollectionEnd(mappingEnd);
                    break;
                case SequenceEnd sequenceEnd:
                    OnCollectionEnd(sequenceEnd);
                    break;
            }
        }
    }

    private ConversionFrame? Parent => _stack.Count == 0 ? null : _stack[_stack.Count - 1];

    private void OnScalar(Scalar scalar)
    {
        var end = At(scalar.End);
        if (scalar.Style == ScalarStyle.Literal || scalar.Style == ScalarStyle.Folded)
        {
            end = TrimTrailingWhitespace(At(scalar.Start), end);
        }

        var span = Range(At(scalar.Start), end);
        var parent = Parent;
        if (parent?.Mapping is not null && parent.ExpectKey)
        {
            OnKey(parent, scalar.Value ?? string.Empty, scalar.Style == ScalarStyle.Plain, span);
            return;
        }

        var node = ScalarTyping.ToNode(scalar);
        if (!CountNodes(1, 1, span))
        {
            return;
        }

        Register(scalar.Anchor, node, 1, 0);
        Attach(node, parent, span, 1, 0);
    }

    private void OnAlias(AnchorAlias alias)
    {
        var span = Range(At(alias.Start), At(alias.End));
        var parent = Parent;
        var name = alias.Value;
        if (!_anchors.TryGetValue(name, out var anchored))
        {
            _diagnostics.Report(
                SpecDiagnosticKind.MalformedDocument,
                $"The alias '*{name}' refers to no anchor defined before it. Define '&{name}' on an earlier node or fix the name.",
                parent is null ? string.Empty : ChildPointer(parent),
                Span(span));
            if (parent?.Mapping is not null && parent.ExpectKey)
            {
                parent.ExpectKey = false;
                parent.DropValue = true;
                return;
            }

            Attach(null, parent, span, 1, 0);
            return;
        }

        if (parent?.Mapping is not null && parent.ExpectKey)
        {
            if (anchored.Node is JsonValue keyValue)
            {
                OnKey(parent, keyValue.ToString(), plain: false, span);
            }
            else
            {
                ReportComplexKey(parent, span);
                parent.ExpectKey = false;
                parent.DropValue = true;
            }

            return;
        }

        if (_stack.Count + anchored.Height > MaxDepth)
        {
            Fail($"Expanding the alias '*{name}' nests the document deeper than {MaxDepth} levels. Flatten the structure.", parent, span);
            return;
        }

        if (!CountNodes(anchored.NodeCount, anchored.NodeCount, span))
        {
            return;
        }

        if (parent?.Mapping is not null && parent.IsMergeKey && anchored.Node is JsonObject)
        {
            // '<<: *anchor': the merge copies the entries it takes (deferred too, see ApplyMerges).
            Attach(anchored.Node, parent, span, anchored.NodeCount, anchored.Height);
            return;
        }

        var deferrable = parent is not null && (parent.Sequence is not null || !parent.IsMergeKey) && !IsMergeList(parent) &&
            anchored.Node is JsonObject or JsonArray;
        if (!deferrable)
        {
            // The root, a merge ('<<: [*a, *b]') or a scalar: copied now, so every copy deferred so far must be complete first.
            ResolveDeferredCopies();
            Attach(anchored.Node?.DeepClone(), parent, span, anchored.NodeCount, anchored.Height);
            return;
        }

        DeferCopy(parent!, anchored.Node!);
        Attach(null, parent, span, anchored.NodeCount, anchored.Height);
    }

    /// <summary>True when <paramref name="frame"/> is the list of mappings of a merge key.</summary>
    private bool IsMergeList(ConversionFrame? frame) =>
        frame?.Sequence is not null && _stack.Count >= 2 && _stack[_stack.Count - 2] is { Mapping: not null, IsMergeKey: true };

    private void OnKey(ConversionFrame mapping, string key, bool plain, (int Start, int End) span)
    {
        mapping.ExpectKey = false;
        mapping.Key = key;
        mapping.DropValue = false;
        mapping.IsMergeKey = plain && key == "<<";
        if (mapping.Discard || mapping.IsMergeKey)
        {
            return;
        }

        if (mapping.Mapping!.ContainsKey(key))
        {
            var mappingPointer = PointerOf(mapping);
            var first = _map.TryGetKey(mapping.Entry, key, out var firstSpan)
                ? string.Format(CultureInfo.InvariantCulture, " (first at line {0}, column {1})", firstSpan.StartLine + 1, firstSpan.StartColumn + 1)
                : string.Empty;
            _diagnostics.Report(
                SpecDiagnosticKind.MalformedDocument,
                $"Duplicate key '{key}' in the mapping at '{DisplayPointer(mappingPointer)}'{first}. Remove or rename one of them; only the first is used.",
                JsonPointer.Append(mappingPointer, key),
                Span(span));
            mapping.DropValue = true;
            return;
        }

        mapping.KeyEntry = _map.Add(mapping.Entry, key);
        _map.SetKey(mapping.KeyEntry, span.Start, span.End);
    }

    private void OnCollectionStart(NodeEvent start, JsonObject? mapping, JsonArray? sequence, bool flow)
    {
        var parent = Parent;
        var span = Range(At(start.Start), At(start.End));
        if (_stack.Count >= MaxDepth)
        {
            Fail($"The document is nested deeper than {MaxDepth} levels. Flatten the structure.", parent, span);
            return;
        }

        var isKey = parent?.Mapping is not null && parent.ExpectKey;
        if (isKey)
        {
            ReportComplexKey(parent!, span);
        }

        var discard = isKey || (parent?.ChildDiscarded ?? false);
        var entry = isKey ? parent!.Entry : parent is null ? 0 : ChildEntry(parent);
        var anchor = string.IsNullOrEmpty(start.Anchor) ? null : start.Anchor;
        _stack.Add(new ConversionFrame(mapping, sequence, entry, At(start.Start), flow, anchor, discard, isKey));
    }

    private void OnCollectionEnd(ParsingEvent end)
    {
        if (_stack.Count == 0)
        {
            return;
        }

        var frame = _stack[_stack.Count - 1];
        _stack.RemoveAt(_stack.Count - 1);
        if (frame.Mapping is not null && frame.Merges is not null)
        {
            ApplyMerges(frame.Mapping, frame.Merges);
        }

        var endOffset = frame.Flow ? FlowEnd(end) : Math.Max(frame.LastEnd, frame.Start);
        var span = Range(frame.Start, endOffset);
        if (!CountNodes(1, frame.NodeCount, span))
        {
            return;
        }

        if (frame.Anchor is not null)
        {
            _anchors[frame.Anchor] = new AnchoredNode(frame.Node, frame.NodeCount, frame.Height);
        }

        var parent = Parent;
        if (frame.IsKey)
        {
            parent!.ExpectKey = false;
            parent.DropValue = true;
            parent.LastEnd = endOffset;
            return;
        }

        if (!frame.Discard)
        {
            _map.SetValue(frame.Entry, span.Start, span.End);
        }

        Attach(frame.Node, parent, span, frame.NodeCount, frame.Height, recorded: true);
    }

    private void Attach(JsonNode? node, ConversionFrame? parent, (int Start, int End) span, long nodeCount, int height, bool recorded = false)
    {
        if (parent is null)
        {
            _root = node;
            _hasRoot = true;
            _map.SetValue(0, span.Start, span.End);
            return;
        }

        parent.LastEnd = Math.Max(parent.LastEnd, span.End);
        parent.NodeCount += nodeCount;
        parent.Height = Math.Max(parent.Height, height + 1);
        if (!parent.Discard && !recorded && !(parent.Mapping is not null && (parent.DropValue || parent.IsMergeKey)))
        {
            _map.SetValue(ChildEntry(parent), span.Start, span.End);
        }

        if (parent.Sequence is not null)
        {
            parent.Sequence.Add(node);
            return;
        }

        var mapping = parent.Mapping!;
        parent.ExpectKey = true;
        if (parent.DropValue)
        {
            return;
        }

        if (parent.IsMergeKey)
        {
            CollectMerge(parent, node, span);
            return;
        }

        mapping[parent.Key ?? string.Empty] = node;
    }
}
