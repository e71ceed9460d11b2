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

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string pointer, string message)
    {
        var span = read.SourceMap.Find(pointer);
        Diagnostics.Add(new DiagnosticInfo(
            descriptor.Id, message, read.Path, span.Offset, span.Length, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn));
    }

    /// <summary>Appends an escaped segment to a JSON pointer (RFC 6901).</summary>
    public static string Pointer(string parent, string segment) =>
        parent + "/" + segment.Replace("~", "~0").Replace("/", "~1");
}
