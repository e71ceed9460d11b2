using Formbricks.Contracts.Generator.Common;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Diagnostics;

/// <summary>
/// A diagnostic as data: its catalog descriptor, where it is (as primitives), the arguments of the descriptor's
/// message format and, when it is not the descriptor's, the effective severity (the drift check sets it per rule from
/// .editorconfig). Equatable, and it roots no syntax tree, so it can live in the cached pipeline.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments, DiagnosticSeverity? Severity = null)
{
    /// <summary>A diagnostic of <paramref name="descriptor"/> at <paramref name="location"/> (none: no location).</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor, location, new EquatableArray<string>(arguments));

    /// <summary>The same diagnostic reported at <paramref name="severity"/> instead of the descriptor's default.</summary>
    public DiagnosticInfo WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    /// <summary>The <see cref="Diagnostic"/> the compiler reports.</summary>
    public Diagnostic ToDiagnostic()
    {
        var location = Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None;
        var arguments = Arguments.Select(a => (object?)a).ToArray();
        return Severity is { } severity
            ? Diagnostic.Create(Descriptor, location, severity, additionalLocations: null, properties: null, arguments)
            : Diagnostic.Create(Descriptor, location, arguments);
    }
}
