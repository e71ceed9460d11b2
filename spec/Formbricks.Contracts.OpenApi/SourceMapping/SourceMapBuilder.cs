namespace Formbricks.Contracts.OpenApi.SourceMapping;

/// <summary>
/// Collects the spans of a tree while it is read, cheaply: one compact entry per node (its parent entry and its key or
/// index, the value's and the key's start and end offset), no JSON-pointer string and no line/column pair. Pointers are
/// made only when a diagnostic or a lookup asks (<see cref="PointerOf(int)"/>, <see cref="SourceMap"/>). Entry 0 is the root.
/// </summary>
internal sealed class SourceMapBuilder
{
    private readonly EntryList _entries = new();
    private int _count = 1;
    private int _writes;

    public SourceMapBuilder(LineIndex lines)
    {
        Lines = lines;
        _entries.Add(new Entry(-1, null, -1));
    }

    public LineIndex Lines { get; }

    /// <summary>Number of entries (the root included).</summary>
    public int Count => _count;

    /// <summary>The entries (valid up to <see cref="Count"/>); the map takes them over when reading ends.</summary>
    internal EntryList Entries => _entries;

    /// <summary>Adds the child <paramref name="name"/> of a mapping entry.</summary>
    public int Add(int parent, string name) => Add(new Entry(parent, name, -1));

    /// <summary>Adds the item <paramref name="index"/> of a sequence entry.</summary>
    public int Add(int parent, int index) => Add(new Entry(parent, null, index));

    /// <summary>Records the span of the value at <paramref name="entry"/> (a later write wins, as for a pointer).</summary>
    public void SetValue(int entry, long start, long end)
    {
        ref var e = ref _entries[entry];
        e.ValueStart = Clamp(start);
        e.ValueEnd = Clamp(end);
        e.ValueWrite = ++_writes;
    }

    /// <summary>Records the span of the key of the value at <paramref name="entry"/>.</summary>
    public void SetKey(int entry, long start, long end)
    {
        ref var e = ref _entries[entry];
        e.KeyStart = Clamp(start);
        e.KeyEnd = Clamp(end);
        e.KeyWrite = ++_writes;
    }

    /// <summary>The span of the latest key <paramref name="name"/> recorded under <paramref name="parent"/>, if any.</summary>
    public bool TryGetKey(int parent, string name, out SourceSpan span)
    {
        // Children come after their parent: only that stretch is searched (this runs for duplicate keys only).
        for (var i = _count - 1; i > parent; i--)
        {
            ref var e = ref _entries[i];
            if (e.Parent == parent && e.KeyWrite > 0 && string.Equals(e.Name, name, StringComparison.Ordinal))
            {
                span = Lines.Span(e.KeyStart, e.KeyEnd);
                return true;
            }
        }

        span = default;
        return false;
    }

    /// <summary>The JSON pointer of <paramref name="entry"/> (made now, for a diagnostic).</summary>
    public string PointerOf(int entry) => PointerOf(_entries, entry);

    /// <summary>Ends the reading: the map of everything recorded.</summary>
    public SourceMap Build() => new(this);

    internal static string PointerOf(EntryList entries, int entry)
    {
        if (entry <= 0)
        {
            return string.Empty;
        }

        var tokens = new List<string>();
        for (var i = entry; i > 0; i = entries[i].Parent)
        {
            tokens.Add(entries[i].Token());
        }

        var builder = new System.Text.StringBuilder();
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            builder.Append('/').Append(JsonPointer.Escape(tokens[i]));
        }

        return builder.ToString();
    }

    private int Add(Entry entry)
    {
        _entries.Add(entry);
        return _count++;
    }

    private int Clamp(long offset) => offset < 0 ? 0 : offset > Lines.TextLength ? Lines.TextLength : (int)offset;

    /// <summary>One node: where it hangs, and its spans as offsets (a write number of 0 = not recorded).</summary>
    internal struct Entry
    {
        public Entry(int parent, string? name, int index)
        {
            Parent = parent;
            Name = name;
            Index = index;
            ValueStart = ValueEnd = KeyStart = KeyEnd = 0;
            ValueWrite = KeyWrite = 0;
        }

        public int Parent;
        public string? Name;
        public int Index;
        public int ValueStart;
        public int ValueEnd;
        public int KeyStart;
        public int KeyEnd;
        public int ValueWrite;
        public int KeyWrite;

        /// <summary>The unescaped pointer token.</summary>
        public readonly string Token() => Name ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The entries in chunks of <see cref="ChunkSize"/>: appending never copies, and no chunk reaches the large object
    /// heap (one array of a large document's ~10,000 entries would, and each read would then cost a gen2 collection).
    /// </summary>
    internal sealed class EntryList
    {
        private const int Shift = 10;
        private const int ChunkSize = 1 << Shift;
        private Entry[][] _chunks = new Entry[4][];
        private int _count;

        public EntryList() => _chunks[0] = new Entry[ChunkSize];

        public ref Entry this[int index] => ref _chunks[index >> Shift][index & (ChunkSize - 1)];

        public void Add(Entry entry)
        {
            var chunk = _count >> Shift;
            if (chunk == _chunks.Length)
            {
                Array.Resize(ref _chunks, _chunks.Length * 2);
            }

            _chunks[chunk] ??= new Entry[ChunkSize];
            _chunks[chunk][_count & (ChunkSize - 1)] = entry;
            _count++;
        }
    }
}
