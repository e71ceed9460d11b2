using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Formbricks.Contracts.Generator.Diagnostics;

/// <summary>
/// A diagnostic as data: the descriptor id, the message, and the location as primitives (file, offsets, lines).
/// Equatable, and it roots no syntax tree, so it can live in the cached pipeline.
/// </summary>
/// <remarks>
/// <c>IsWarning</c> lets a problem take the severity the spec reader gave it (an external <c>$ref</c> is an error even
/// though unsupported constructs usually only warn); null keeps the descriptor's default.
/// </remarks>
internal sealed record DiagnosticInfo(
    string Id,
    string Message,
    string FilePath,
    int Offset,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    bool? IsWarning = null)
{
    public Diagnostic ToDiagnostic()
    {
        // A descriptor left out of All would make First throw inside the generator: fall back to FBC0007 instead.
        var descriptor = DiagnosticCatalog.All.FirstOrDefault(d => d.Id == Id) ?? DiagnosticCatalog.GeneratorFailure;
        var location = Location.Create(
            FilePath,
            new TextSpan(Offset, Length),
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
        var severity = IsWarning switch
        {
            true => DiagnosticSeverity.Warning,
            false => DiagnosticSeverity.Error,
            null => descriptor.DefaultSeverity,
        };
        return Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, Message);
    }
}
