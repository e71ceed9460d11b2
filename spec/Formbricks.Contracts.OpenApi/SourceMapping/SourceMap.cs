using Formbricks.Contracts.OpenApi.SourceMapping;

namespace Formbricks.Contracts.OpenApi;

/// <summary>
/// Where every node of a spec is in its text, by JSON pointer (RFC 6901, <c>""</c> = root). Value spans cover
/// scalars, mappings and sequences; key spans cover mapping keys. Pointers may be given as <c>/a/b</c> or <c>#/a/b</c>.
/// Nodes copied from YAML aliases or merge keys map to the alias (their own children have no spans).
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourceSpan> _values;
    private readonly Dictionary<string, SourceSpan> _keys;
    private readonly SourceSpan _rootFallback;

    internal SourceMap(Dictionary<string, SourceSpan> values, Dictionary<string, SourceSpan> keys, SourceSpan rootFallback)
    {
        _values = values;
        _keys = keys;
        _rootFallback = rootFallback;
    }

    /// <summary>A map with no entries (all lookups fall back to the start of the text).</summary>
    internal static SourceMap Empty { get; } = new(
        new Dictionary<string, SourceSpan>(StringComparer.Ordinal),
        new Dictionary<string, SourceSpan>(StringComparer.Ordinal),
        default);

    /// <summary>Number of value nodes with a recorded span.</summary>
    public int Count => _values.Count;

    /// <summary>Every JSON pointer with a value span (for tests comparing two readings of one text).</summary>
    internal IEnumerable<string> Pointers => _values.Keys;

    /// <summary>Every JSON pointer with a key span.</summary>
    internal IEnumerable<string> KeyPointers => _keys.Keys;

    /// <summary>Gets the span of the value node at <paramref name="jsonPointer"/> exactly.</summary>
    /// <param name="jsonPointer">The node's JSON pointer.</param>
    /// <param name="span">The node's span when found.</param>
    /// <returns><c>true</c> when the node has a recorded span.</returns>
    public bool TryGetSpan(string jsonPointer, out SourceSpan span) =>
        _values.TryGetValue(JsonPointer.Normalize(jsonPointer), out span);

    /// <summary>Gets the span of the mapping key whose value is at <paramref name="jsonPointer"/>.</summary>
    /// <param name="jsonPointer">The pointer of the key's value, e.g. <c>/components/schemas/Survey</c>.</param>
    /// <param name="span">The key's span when found.</param>
    /// <returns><c>true</c> when the key has a recorded span.</returns>
    public bool TryGetKeySpan(string jsonPointer, out SourceSpan span) =>
        _keys.TryGetValue(JsonPointer.Normalize(jsonPointer), out span);

    /// <summary>
    /// The span of the node at <paramref name="jsonPointer"/>, or of its nearest ancestor that has one,
    /// or of the root (the start of the text when even the root is unknown).
    /// </summary>
    /// <param name="jsonPointer">The node's JSON pointer.</param>
    /// <returns>The best available span.</returns>
    public SourceSpan Find(string jsonPointer)
    {
        string? current = JsonPointer.Normalize(jsonPointer);
        while (current is not null)
        {
            if (_values.TryGetValue(current, out var span))
            {
                return span;
            }

            current = JsonPointer.Parent(current);
        }

        return _rootFallback;
    }
}
