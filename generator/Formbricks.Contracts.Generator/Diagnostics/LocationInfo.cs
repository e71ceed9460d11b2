using Formbricks.Contracts.OpenApi;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Formbricks.Contracts.Generator.Diagnostics;

/// <summary>A place in a spec file as plain values (file, character span, line span): equatable, roots no syntax tree.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The start of <paramref name="path"/>: for problems of the file as a whole (its options, the project).</summary>
    public static LocationInfo StartOf(string path) => new(path, default, default);

    /// <summary>The node at <paramref name="span"/> of <paramref name="path"/>, as the spec reader located it.</summary>
    public static LocationInfo At(string path, SourceSpan span) => new(
        path,
        new TextSpan(span.Offset, span.Length),
        new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));

    /// <summary>The Roslyn location of an additional file (no syntax tree).</summary>
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
