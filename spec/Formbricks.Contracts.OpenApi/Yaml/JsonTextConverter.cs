using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Formbricks.Contracts.OpenApi.SourceMapping;

namespace Formbricks.Contracts.OpenApi.Yaml;

/// <summary>
/// The fast path for JSON text (issue 14): System.Text.Json's reader instead of YamlDotNet's, with the same tree, the
/// same spans (keys and strings with their quotes, collections to their closing bracket) and the same scalar typing.
/// It only takes well-formed JSON without duplicate keys and within <see cref="YamlJsonConverter.MaxDepth"/>; on
/// anything else it gives up (returns null) and <see cref="YamlJsonConverter"/> reads the text and reports the problem
/// as it always did.
/// </summary>
internal static class JsonTextConverter
{
    public static YamlConversion? TryConvert(string text, LineIndex lines, CancellationToken cancellationToken)
    {
        var shift = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var bytes = Encoding.UTF8.GetBytes(shift == 0 ? text : text.Substring(shift));
        var charOf = bytes.Length == text.Length - shift ? null : CharOffsets(text, shift, bytes.Length);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = YamlJsonConverter.MaxDepth });
        var state = new State(new SourceMapBuilder(lines), charOf, shift);
        try
        {
            while (reader.Read())
            {
                if ((++state.Tokens & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (!state.Take(ref reader))
                {
                    return null;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }

        if (!state.HasRoot || state.Open.Count > 0)
        {
            return null;
        }

        return new YamlConversion(state.Root, hasRoot: true, failed: false, state.Map.Build());
    }

    /// <summary>The character offset of every byte offset of the UTF-8 text (only needed when it is not ASCII).</summary>
    private static int[] CharOffsets(string text, int shift, int byteCount)
    {
        var map = new int[byteCount + 1];
        var b = 0;
        for (var c = shift; c < text.Length; c++)
        {
            var ch = text[c];
            var size = ch < 0x80 ? 1 : ch < 0x800 ? 2 : char.IsHighSurrogate(ch) && c + 1 < text.Length && char.IsLowSurrogate(text[c + 1]) ? 4 : 3;
            for (var i = 0; i < size && b + i < map.Length; i++)
            {
                map[b + i] = c - shift;
            }

            b += size;
            if (size == 4)
            {
                c++;
            }
        }

        map[byteCount] = text.Length - shift;
        return map;
    }

    private sealed class State
    {
        private readonly int[]? _charOf;
        private readonly int _shift;

        public State(SourceMapBuilder map, int[]? charOf, int shift)
        {
            Map = map;
            _charOf = charOf;
            _shift = shift;
        }

        public SourceMapBuilder Map { get; }

        public List<Frame> Open { get; } = new();

        public JsonNode? Root { get; private set; }

        public bool HasRoot { get; private set; }

        public int Tokens { get; set; }

        /// <summary>Takes one token; false when the text needs the YAML path (a duplicate key).</summary>
        public bool Take(ref Utf8JsonReader reader)
        {
            var start = reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var key = reader.GetString()!;
                    var frame = Open[Open.Count - 1];
                    if (((JsonObject)frame.Node).ContainsKey(key))
                    {
                        return false;
                    }

                    frame.Key = key;
                    frame.KeyEntry = Map.Add(frame.Entry, key);
                    Map.SetKey(frame.KeyEntry, At(start), At(start + reader.ValueSpan.Length + 2));
                    return true;
                case JsonTokenType.StartObject:
                    Open.Add(new Frame(new JsonObject(), ChildEntry(), start));
                    return true;
                case JsonTokenType.StartArray:
                    Open.Add(new Frame(new JsonArray(), ChildEntry(), start));
                    return true;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    var closed = Open[Open.Count - 1];
                    Open.RemoveAt(Open.Count - 1);
                    Attach(closed.Node, closed.Entry, closed.Start, start + 1);
                    return true;
                case JsonTokenType.String:
                    Attach(JsonValue.Create(reader.GetString()), ChildEntry(), start, start + reader.ValueSpan.Length + 2);
                    return true;
                case JsonTokenType.Number:
                    Attach(ScalarTyping.TypePlain(Encoding.UTF8.GetString(reader.ValueSpan.ToArray())), ChildEntry(), start, start + reader.ValueSpan.Length);
                    return true;
                case JsonTokenType.True:
                case JsonTokenType.False:
                    Attach(JsonValue.Create(reader.TokenType == JsonTokenType.True), ChildEntry(), start, start + reader.ValueSpan.Length);
                    return true;
                case JsonTokenType.Null:
                    Attach(null, ChildEntry(), start, start + reader.ValueSpan.Length);
                    return true;
                default:
                    return true;
            }
        }

        /// <summary>The source-map entry of the value that comes next.</summary>
        private int ChildEntry()
        {
            if (Open.Count == 0)
            {
                return 0;
            }

            var frame = Open[Open.Count - 1];
            return frame.Node is JsonArray array ? Map.Add(frame.Entry, array.Count) : frame.KeyEntry;
        }

        private void Attach(JsonNode? node, int entry, long start, long end)
        {
            Map.SetValue(entry, At(start), At(end));
            if (Open.Count == 0)
            {
                Root = node;
                HasRoot = true;
                return;
            }

            var parent = Open[Open.Count - 1];
            if (parent.Node is JsonArray array)
            {
                array.Add(node);
            }
            else
            {
                ((JsonObject)parent.Node)[parent.Key ?? string.Empty] = node;
            }
        }

        private long At(long offset) => (_charOf is null ? offset : _charOf[Math.Min(offset, _charOf.Length - 1)]) + _shift;
    }

    /// <summary>An open object or array.</summary>
    private sealed class Frame
    {
        public Frame(JsonNode node, int entry, long start)
        {
            Node = node;
            Entry = entry;
            Start = start;
        }

        public JsonNode Node { get; }

        /// <summary>This node's source-map entry.</summary>
        public int Entry { get; }

        /// <summary>The source-map entry of the key read last (objects only).</summary>
        public int KeyEntry { get; set; }

        public long Start { get; }

        /// <summary>The key whose value comes next (objects only).</summary>
        public string? Key { get; set; }
    }
}
