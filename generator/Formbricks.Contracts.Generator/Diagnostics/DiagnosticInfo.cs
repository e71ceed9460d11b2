using Formbricks.Contracts.Generator.Common;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Diagnostics;

/// <summary>
/// A diagnostic as data: its catalog descriptor, where it is (as primitives) and the arguments of the descriptor's
/// message format. Equatable, and it roots no syntax tree, so it can live in the cached pipeline. The severity is
/// always the descriptor's: there is no per-instance override.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
{
    /// <summary>A diagnostic of <paramref name="descriptor"/> at <paramref name="location"/> (none: no location).</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor, location, new EquatableArray<string>(arguments));

    /// <summary>The <see cref="Diagnostic"/> the compiler reports.</summary>
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Arguments.Select(a => (object?)a).ToArray());
}
