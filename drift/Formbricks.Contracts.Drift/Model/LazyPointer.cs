using System.Globalization;
using Pointers = Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Model;

/// <summary>
/// The JSON pointer of a node met while walking a document, rendered only when asked for (a finding's location, a
/// source-map lookup): a walk meets tens of thousands of nodes and reports a few, so each node keeps its parent and its
/// token instead of a string. A <c>$ref</c> within the document points at its target; the text, once rendered, is kept.
/// </summary>
internal sealed class LazyPointer
{
    private readonly LazyPointer? _parent;
    private readonly string? _token;
    private readonly int _index;
    private readonly OpenApiReferenceWithDescription? _reference;
    private string? _text;

    private LazyPointer(string text) => _text = text;

    private LazyPointer(LazyPointer parent, string? token, int index, OpenApiReferenceWithDescription? reference)
    {
        _parent = parent;
        _token = token;
        _index = index;
        _reference = reference;
    }

    /// <summary>The pointer as text (normalised: <c>""</c> is the root, <c>/a/b</c> below it).</summary>
    public string Text => _text ??= Render();

    /// <summary>The document's root.</summary>
    public static LazyPointer Root { get; } = new(string.Empty);

    /// <summary>A pointer already rendered.</summary>
    public static LazyPointer Of(string text) => new(text);

    /// <summary>The child at (unescaped) <paramref name="token"/>.</summary>
    public LazyPointer Child(string token) => new(this, token, -1, null);

    /// <summary>The child at <paramref name="index"/> of a sequence.</summary>
    public LazyPointer Child(int index) => new(this, null, index, null);

    /// <summary>Where <paramref name="node"/>, written at <paramref name="token"/>, is: its target for a <c>$ref</c> within the document.</summary>
    public LazyPointer Child(string token, object? node) => new(this, token, -1, ReferenceOf(node));

    /// <summary>As <see cref="Child(string, object?)"/> for a node at <paramref name="index"/> of a sequence.</summary>
    public LazyPointer Child(int index, object? node) => new(this, null, index, ReferenceOf(node));

    public override string ToString() => Text;

    private static OpenApiReferenceWithDescription? ReferenceOf(object? node) => node switch
    {
        OpenApiSchemaReference r => r.Reference,
        OpenApiParameterReference r => r.Reference,
        OpenApiRequestBodyReference r => r.Reference,
        OpenApiResponseReference r => r.Reference,
        OpenApiPathItemReference r => r.Reference,
        OpenApiHeaderReference r => r.Reference,
        _ => null,
    };

    private string Render()
    {
        if (_reference?.ReferenceV3 is { } target && target.StartsWith("#", StringComparison.Ordinal))
        {
            return Pointers.Normalize(target);
        }

        var parent = _parent!.Text;
        return _token is not null ? Pointers.Append(parent, _token) : parent + "/" + _index.ToString(CultureInfo.InvariantCulture);
    }
}
