using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.OpenApi;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>What the mapping steps share for one spec: the source map for locations, the diagnostics, the type names.</summary>
internal sealed class ParseContext(SpecReadResult read, NameScope typeNames, CancellationToken cancellationToken)
{
    public List<DiagnosticInfo> Diagnostics { get; } = [];

    public NameScope TypeNames => typeNames;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The spec's path as the generated metadata names it: relative to the project when it is inside it.</summary>
    public string DisplayPath { get; init; } = read.Path;

    /// <summary>The node at <paramref name="pointer"/> (or its nearest ancestor) as <c>path(line,column)</c>, 1-based.</summary>
    public string Locate(string pointer)
    {
        var span = read.SourceMap.Find(pointer);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}({1},{2})", DisplayPath, span.StartLine + 1, span.StartColumn + 1);
    }

    /// <summary>The spec text, for what the OpenAPI model drops (<see cref="IsTrue"/>).</summary>
    public string? Text { get; init; }

    /// <summary>
    /// True when the node at <paramref name="pointer"/> is the scalar <c>true</c>. Microsoft.OpenApi drops a 3.0
    /// <c>nullable: true</c> on a schema without <c>type</c> (<c>{nullable: true, allOf: [$ref: X]}</c>), so the text says it.
    /// </summary>
    public bool IsTrue(string pointer) =>
        Text is { } text && read.SourceMap.TryGetSpan(pointer, out var span) && span.Length is >= 4 and <= 6
        && span.Offset + span.Length <= text.Length
        && string.Equals(text.Substring(span.Offset, span.Length).Trim('"', '\'', ' '), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the spec text has a node at <paramref name="pointer"/>.</summary>
    public bool Has(string pointer) => read.SourceMap.TryGetSpan(pointer, out _);

    /// <summary>Reports <paramref name="descriptor"/> at the node <paramref name="pointer"/> names, with its message arguments.</summary>
    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string pointer, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.At(read.Path, read.SourceMap.Find(pointer)), arguments));
}
