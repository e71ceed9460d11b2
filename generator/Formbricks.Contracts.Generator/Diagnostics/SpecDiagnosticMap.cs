using System.Globalization;
using Formbricks.Contracts.OpenApi;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Diagnostics;

/// <summary>
/// The one place where the spec reader's findings (<see cref="SpecDiagnostic"/>, no Roslyn dependency) become catalog
/// diagnostics: one descriptor per <see cref="SpecDiagnosticKind"/>, and each kind has the descriptor's one severity.
/// </summary>
internal static class SpecDiagnosticMap
{
    /// <summary>The descriptor a reader finding of <paramref name="kind"/> is reported with.</summary>
    public static DiagnosticDescriptor DescriptorOf(SpecDiagnosticKind kind) => kind switch
    {
        SpecDiagnosticKind.MalformedDocument => DiagnosticCatalog.MalformedDocument,
        SpecDiagnosticKind.InvalidOpenApi => DiagnosticCatalog.InvalidOpenApi,
        SpecDiagnosticKind.OpenApiWarning => DiagnosticCatalog.OpenApiWarning,
        SpecDiagnosticKind.UnresolvedReference => DiagnosticCatalog.UnresolvedReference,
        SpecDiagnosticKind.UnsupportedConstruct => DiagnosticCatalog.UnsupportedReference,
        SpecDiagnosticKind.ExtraDocuments => DiagnosticCatalog.ExtraYamlDocuments,
        SpecDiagnosticKind.NewerVersion => DiagnosticCatalog.NewerOpenApiVersion,
        _ => DiagnosticCatalog.InvalidOpenApi,
    };

    /// <summary>The reader's finding as a catalog diagnostic at the node it names in <paramref name="specText"/>.</summary>
    public static DiagnosticInfo ToInfo(SpecDiagnostic diagnostic, string path, string specText)
    {
        var descriptor = DescriptorOf(diagnostic.Kind);
        var location = LocationInfo.At(path, diagnostic.Span);
        return diagnostic.Kind switch
        {
            // The formats of these two carry structured values; the others carry the reader's account of the problem.
            SpecDiagnosticKind.ExtraDocuments => DiagnosticInfo.Create(descriptor, location, (diagnostic.Span.StartLine + 1).ToString(CultureInfo.InvariantCulture)),
            SpecDiagnosticKind.NewerVersion => DiagnosticInfo.Create(descriptor, location, Slice(specText, diagnostic.Span).Trim('\'', '"', ' ')),
            _ => DiagnosticInfo.Create(descriptor, location, diagnostic.Message),
        };
    }

    private static string Slice(string text, SourceSpan span) =>
        span.Offset >= 0 && span.Length > 0 && span.End <= text.Length ? text.Substring(span.Offset, span.Length) : "3.2";
}
