using System.Collections.Immutable;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.OpenApi;

/// <summary>The outcome of <see cref="SpecReader.Read"/>: the document (when readable), what is wrong with it, and where everything is.</summary>
public sealed class SpecReadResult
{
    internal SpecReadResult(string path, OpenApiDocument? document, ImmutableArray<SpecDiagnostic> diagnostics, SourceMap sourceMap)
    {
        Path = path;
        Document = document;
        Diagnostics = diagnostics.IsDefault ? ImmutableArray<SpecDiagnostic>.Empty : diagnostics;
        SourceMap = sourceMap;
        HasErrors = Diagnostics.Any(d => d.Severity == SpecDiagnosticSeverity.Error);
    }

    /// <summary>The path the text was read from, as given to <see cref="SpecReader.Read"/>.</summary>
    public string Path { get; }

    /// <summary>
    /// The OpenAPI model; <c>null</c> only when the text is not a readable OpenAPI document at all (malformed YAML/JSON,
    /// no or an unsupported <c>openapi</c> version, a root that is not a mapping). A document with errors is still returned.
    /// </summary>
    public OpenApiDocument? Document { get; }

    /// <summary>Everything found, in text order.</summary>
    public ImmutableArray<SpecDiagnostic> Diagnostics { get; }

    /// <summary>Spans of every key and value by JSON pointer.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors { get; }
}
