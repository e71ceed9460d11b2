using Formbricks.Contracts.OpenApi;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Model;

/// <summary>One of the two documents of a diff: its model, where its nodes are, and its display name.</summary>
internal sealed class SpecSide
{
    public SpecSide(SpecReadResult read, bool isBase)
    {
        Read = read;
        Document = read.Document!;
        IsBase = isBase;
    }

    public SpecReadResult Read { get; }

    public OpenApiDocument Document { get; }

    public bool IsBase { get; }

    /// <summary>The location of the node at <paramref name="pointer"/> (or its nearest ancestor with a span); a block node is located at its key.</summary>
    public FindingLocation Locate(string pointer)
    {
        var span = Read.SourceMap.Find(pointer);
        if (Read.SourceMap.TryGetKeySpan(pointer, out var key) && Read.SourceMap.TryGetSpan(pointer, out var value) && value.StartLine > key.StartLine)
        {
            // A block mapping or sequence starts on the line below its key: the key is where a reader looks.
            span = key;
        }

        return new FindingLocation(Read.Path, span.StartLine + 1, span.StartColumn + 1, pointer, IsBase, span.Offset, span.Length);
    }

    /// <summary>The pointer a reference points at, or <paramref name="inline"/> for an inline node.</summary>
    public static string PointerOf(object? node, string inline) => node switch
    {
        OpenApiSchemaReference r => RefPointer(r.Reference, inline),
        OpenApiParameterReference r => RefPointer(r.Reference, inline),
        OpenApiRequestBodyReference r => RefPointer(r.Reference, inline),
        OpenApiResponseReference r => RefPointer(r.Reference, inline),
        OpenApiPathItemReference r => RefPointer(r.Reference, inline),
        OpenApiHeaderReference r => RefPointer(r.Reference, inline),
        _ => inline,
    };

    private static string RefPointer(BaseOpenApiReference reference, string inline)
    {
        var text = reference.ReferenceV3;
        return text is not null && text.StartsWith("#", StringComparison.Ordinal) ? Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer.Normalize(text) : inline;
    }

    /// <summary>Appends one unescaped token to a pointer.</summary>
    public static string Append(string pointer, string token) => Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer.Append(pointer, token);
}
