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

    /// <summary>True when the spec text has a node at <paramref name="pointer"/>.</summary>
    public bool Has(string pointer) => read.SourceMap.TryGetSpan(pointer, out _);

    /// <summary>Reports <paramref name="descriptor"/> at the node <paramref name="pointer"/> names, with its message arguments.</summary>
    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string pointer, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.At(read.Path, read.SourceMap.Find(pointer)), arguments));
}
