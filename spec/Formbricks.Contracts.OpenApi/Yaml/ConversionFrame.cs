using System.Text.Json.Nodes;

namespace Formbricks.Contracts.OpenApi.Yaml;

/// <summary>One open mapping or sequence while the YAML event stream is turned into a <see cref="JsonNode"/> tree.</summary>
internal sealed class ConversionFrame
{
    public ConversionFrame(JsonObject? mapping, JsonArray? sequence, int entry, long start, bool flow, string? anchor, bool discard, bool isKey)
    {
        Mapping = mapping;
        Sequence = sequence;
        Entry = entry;
        Start = start;
        LastEnd = start;
        Flow = flow;
        Anchor = anchor;
        Discard = discard;
        IsKey = isKey;
    }

    public JsonObject? Mapping { get; }

    public JsonArray? Sequence { get; }

    public JsonNode Node => (JsonNode?)Mapping ?? Sequence!;

    /// <summary>Source-map entry of this node (for discarded nodes: of the nearest kept ancestor).</summary>
    public int Entry { get; }

    public long Start { get; }

    /// <summary>End offset of the last child read so far (block collections end with their last child).</summary>
    public long LastEnd { get; set; }

    public bool Flow { get; }

    public string? Anchor { get; }

    /// <summary>The node is not part of the result (a duplicate key's value, a complex key): read it, record nothing.</summary>
    public bool Discard { get; }

    /// <summary>The node is a (non-scalar) mapping key.</summary>
    public bool IsKey { get; }

    /// <summary>Number of nodes in this subtree (aliases count with their expansion).</summary>
    public long NodeCount { get; set; } = 1;

    /// <summary>Height of this subtree (1 for a collection without collections inside).</summary>
    public int Height { get; set; } = 1;

    // Mapping state.
    public bool ExpectKey { get; set; } = true;

    public string? Key { get; set; }

    /// <summary>Source-map entry of the current key (when it was recorded).</summary>
    public int KeyEntry { get; set; }

    /// <summary>The value of the current key is dropped (duplicate or invalid key).</summary>
    public bool DropValue { get; set; }

    /// <summary>The current key is the merge key <c>&lt;&lt;</c>.</summary>
    public bool IsMergeKey { get; set; }

    /// <summary>Mappings merged into this one with <c>&lt;&lt;</c>, applied when the mapping ends.</summary>
    public List<JsonObject>? Merges { get; set; }

    /// <summary>Value of a nested node would be dropped.</summary>
    public bool ChildDiscarded => Discard || (Mapping is not null && DropValue);
}

/// <summary>A node registered under a YAML anchor.</summary>
internal readonly struct AnchoredNode
{
    public AnchoredNode(JsonNode? node, long nodeCount, int height)
    {
        Node = node;
        NodeCount = nodeCount;
        Height = height;
    }

    public JsonNode? Node { get; }

    public long NodeCount { get; }

    public int Height { get; }
}

/// <summary>An alias's slot (an index of a sequence or a key of a mapping) that gets a copy of its anchor at the end.</summary>
internal readonly struct DeferredCopy
{
    public DeferredCopy(JsonNode container, string? key, int index, JsonNode source, bool fromMerge = false)
    {
        Container = container;
        Key = key;
        Index = index;
        Source = source;
        FromMerge = fromMerge;
    }

    /// <summary>The slot takes the entry of the same key from <see cref="Source"/>, a mapping merged with '&lt;&lt;'.</summary>
    public bool FromMerge { get; }

    public JsonNode Container { get; }

    public string? Key { get; }

    public int Index { get; }

    public JsonNode Source { get; }
}
