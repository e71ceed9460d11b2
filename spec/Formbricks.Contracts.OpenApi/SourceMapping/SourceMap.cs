using Formbricks.Contracts.OpenApi.SourceMapping;

namespace Formbricks.Contracts.OpenApi;

/// <summary>
/// Where every node of a spec is in its text, by JSON pointer (RFC 6901, <c>""</c> = root). Value spans cover
/// scalars, mappings and sequences; key spans cover mapping keys. Pointers may be given as <c>/a/b</c> or <c>#/a/b</c>.
/// Nodes copied from YAML aliases or merge keys map to the alias (their own children have no spans).
/// </summary>
/// <remarks>
/// Reading records offsets only; the index from pointer tokens to nodes and the line/column pairs are made on the
/// first lookup (issue 14: a read that reports nothing builds no pointer string). Safe to use from several threads.
/// </remarks>
public sealed class SourceMap
{
    private readonly SourceMapBuilder.EntryList _entries;
    private readonly int _count;
    private readonly LineIndex? _lines;
    private readonly object _gate = new();
    private Index? _index;

    internal SourceMap(SourceMapBuilder builder)
    {
        _entries = builder.Entries;
        _count = builder.Count;
        _lines = builder.Lines;
    }

    private SourceMap()
    {
        _entries = new SourceMapBuilder.EntryList();
        _entries.Add(new SourceMapBuilder.Entry(-1, null, -1));
        _count = 1;
    }

    /// <summary>A map with no entries (all lookups fall back to the start of the text).</summary>
    internal static SourceMap Empty { get; } = new();

    /// <summary>Number of value nodes with a recorded span.</summary>
    public int Count => GetIndex().ValueCount;

    /// <summary>Every JSON pointer with a value span (for tests comparing two readings of one text).</summary>
    internal IEnumerable<string> Pointers => Recorded(key: false);

    /// <summary>Every JSON pointer with a key span.</summary>
    internal IEnumerable<string> KeyPointers => Recorded(key: true);

    /// <summary>Gets the span of the value node at <paramref name="jsonPointer"/> exactly.</summary>
    /// <param name="jsonPointer">The node's JSON pointer.</param>
    /// <param name="span">The node's span when found.</param>
    /// <returns><c>true</c> when the node has a recorded span.</returns>
    public bool TryGetSpan(string jsonPointer, out SourceSpan span)
    {
        var index = GetIndex();
        var (entry, depth, tokens) = Resolve(index, jsonPointer);
        if (depth == tokens && index.ValueOf[entry] >= 0)
        {
            span = ValueSpan(index, entry);
            return true;
        }

        span = default;
        return false;
    }

    /// <summary>Gets the span of the mapping key whose value is at <paramref name="jsonPointer"/>.</summary>
    /// <param name="jsonPointer">The pointer of the key's value, e.g. <c>/components/schemas/Survey</c>.</param>
    /// <param name="span">The key's span when found.</param>
    /// <returns><c>true</c> when the key has a recorded span.</returns>
    public bool TryGetKeySpan(string jsonPointer, out SourceSpan span)
    {
        var index = GetIndex();
        var (entry, depth, tokens) = Resolve(index, jsonPointer);
        if (depth == tokens && index.KeyOf[entry] >= 0)
        {
            ref var e = ref _entries[index.KeyOf[entry]];
            span = _lines!.Span(e.KeyStart, e.KeyEnd);
            return true;
        }

        span = default;
        return false;
    }

    /// <summary>
    /// The span of the node at <paramref name="jsonPointer"/>, or of its nearest ancestor that has one,
    /// or of the root (the start of the text when even the root is unknown).
    /// </summary>
    /// <param name="jsonPointer">The node's JSON pointer.</param>
    /// <returns>The best available span.</returns>
    public SourceSpan Find(string jsonPointer)
    {
        var index = GetIndex();
        var best = Walk(index, jsonPointer).Best;
        if (best >= 0)
        {
            return ValueSpan(index, best);
        }

        return _lines?.Span(0, 0) ?? default;
    }

    private SourceSpan ValueSpan(Index index, int entry)
    {
        ref var e = ref _entries[index.ValueOf[entry]];
        return _lines!.Span(e.ValueStart, e.ValueEnd);
    }

    private static (int Entry, int Depth, int Tokens) Resolve(Index index, string jsonPointer)
    {
        var walk = Walk(index, jsonPointer);
        return (walk.Depth == walk.Tokens ? walk.Entry : 0, walk.Depth, walk.Tokens);
    }

    /// <summary>
    /// Follows the pointer's tokens from the root without splitting it: a token is looked up as a slice of the pointer
    /// (only a token with an escape, <c>~0</c> or <c>~1</c>, is unescaped into a string of its own), so a lookup
    /// allocates nothing in the common case. Returns the deepest entry reached, how many tokens were matched, how many
    /// the pointer has, and the deepest entry on the way that has a value span (-1: none, not even the root).
    /// </summary>
    private static (int Entry, int Depth, int Tokens, int Best) Walk(Index index, string jsonPointer)
    {
        var pointer = JsonPointer.Normalize(jsonPointer);
        var best = index.ValueOf.Length > 0 && index.ValueOf[0] >= 0 ? 0 : -1;
        int current = 0, depth = 0, tokens = 0;
        var matching = true;
        for (var start = 1; pointer.Length > 0; )
        {
            var slash = pointer.IndexOf('/', start);
            var end = slash < 0 ? pointer.Length : slash;
            tokens++;
            if (matching)
            {
                var key = pointer.IndexOf('~', start, end - start) < 0
                    ? new ChildKey(current, pointer, start, end - start)
                    : ChildKey.Of(current, JsonPointer.Unescape(pointer.Substring(start, end - start)));
                if (index.Children.TryGetValue(key, out var child))
                {
                    current = child;
                    depth++;
                    if (index.ValueOf[child] >= 0)
                    {
                        best = child;
                    }
                }
                else
                {
                    matching = false;
                }
            }

            if (slash < 0)
            {
                break;
            }

            start = slash + 1;
        }

        return (current, depth, tokens, best);
    }

    private IEnumerable<string> Recorded(bool key)
    {
        var index = GetIndex();
        var of = key ? index.KeyOf : index.ValueOf;
        for (var i = 0; i < _count; i++)
        {
            if (index.Canonical[i] == i && of[i] >= 0)
            {
                yield return SourceMapBuilder.PointerOf(_entries, i);
            }
        }
    }

    private Index GetIndex()
    {
        if (Volatile.Read(ref _index) is { } built)
        {
            return built;
        }

        lock (_gate)
        {
            _index ??= BuildIndex();
            return _index;
        }
    }

    /// <summary>
    /// Entries that stand for the same pointer (a YAML merge can write one twice) become one, in reading order; the
    /// latest write of a value or key span wins, as it did when spans were kept by pointer string.
    /// </summary>
    private Index BuildIndex()
    {
        var index = new Index(_count);
        for (var i = 0; i < _count; i++)
        {
            ref var e = ref _entries[i];
            var canonical = i;
            if (i > 0)
            {
                var key = ChildKey.Of(index.Canonical[e.Parent], e.Token());
                if (index.Children.TryGetValue(key, out var existing))
                {
                    canonical = existing;
                }
                else
                {
                    index.Children.Add(key, i);
                }
            }

            index.Canonical[i] = canonical;
            if (e.ValueWrite > 0 && (index.ValueOf[canonical] < 0 || _entries[index.ValueOf[canonical]].ValueWrite < e.ValueWrite))
            {
                index.ValueOf[canonical] = i;
            }

            if (e.KeyWrite > 0 && (index.KeyOf[canonical] < 0 || _entries[index.KeyOf[canonical]].KeyWrite < e.KeyWrite))
            {
                index.KeyOf[canonical] = i;
            }
        }

        for (var i = 0; i < _count; i++)
        {
            if (index.Canonical[i] == i && index.ValueOf[i] >= 0)
            {
                index.ValueCount++;
            }
        }

        return index;
    }

    /// <summary>The lookup structures, made on the first lookup.</summary>
    private sealed class Index
    {
        public Index(int count)
        {
            Canonical = new int[count];
            ValueOf = new int[count];
            KeyOf = new int[count];
            for (var i = 0; i < count; i++)
            {
                ValueOf[i] = KeyOf[i] = -1;
            }

            Children = new Dictionary<ChildKey, int>(count);
        }

        /// <summary>The entry that stands for each entry's pointer.</summary>
        public int[] Canonical { get; }

        /// <summary>For a canonical entry: the entry holding its latest value span (-1 = none).</summary>
        public int[] ValueOf { get; }

        /// <summary>For a canonical entry: the entry holding its latest key span (-1 = none).</summary>
        public int[] KeyOf { get; }

        public Dictionary<ChildKey, int> Children { get; }

        public int ValueCount { get; set; }
    }

    /// <summary>
    /// A child of a canonical entry by its unescaped token, held as a slice of a string: the index stores whole tokens,
    /// a lookup uses a slice of the pointer it was given.
    /// </summary>
    private readonly struct ChildKey : IEquatable<ChildKey>
    {
        private readonly string _text;
        private readonly int _start;
        private readonly int _length;

        public ChildKey(int parent, string text, int start, int length)
        {
            Parent = parent;
            _text = text;
            _start = start;
            _length = length;
        }

        public int Parent { get; }

        public static ChildKey Of(int parent, string token) => new(parent, token, 0, token.Length);

        public bool Equals(ChildKey other) =>
            Parent == other.Parent && _length == other._length &&
            string.CompareOrdinal(_text, _start, other._text, other._start, _length) == 0;

        public override bool Equals(object? obj) => obj is ChildKey other && Equals(other);

        /// <summary>FNV-1a over the token's characters, mixed with the parent.</summary>
        public override int GetHashCode()
        {
            unchecked
            {
                var hash = (int)2166136261 ^ Parent;
                for (var i = _start; i < _start + _length; i++)
                {
                    hash = (hash ^ _text[i]) * 16777619;
                }

                return hash;
            }
        }
    }
}
