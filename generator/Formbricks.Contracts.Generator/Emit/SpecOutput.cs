using Formbricks.Contracts.Generator.Common;
using Formbricks.Contracts.Generator.Diagnostics;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>One generated file: its hint name and its text.</summary>
internal sealed record GeneratedFile(string HintName, string Source);

/// <summary>
/// What one spec hands the compilation: its files, or none and the diagnostics that say why. Equatable (strings
/// only), so the source output and the diagnostics output each run only when their part changed.
/// </summary>
internal sealed record SpecOutput(EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>No files, and why.</summary>
    public static SpecOutput Failed(DiagnosticInfo diagnostic) => new(EquatableArray<GeneratedFile>.Empty, new EquatableArray<DiagnosticInfo>([diagnostic]));
}
