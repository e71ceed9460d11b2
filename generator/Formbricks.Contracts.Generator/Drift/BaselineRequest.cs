namespace Formbricks.Contracts.Generator.Drift;

/// <summary>
/// One opted-in spec with a <c>Baseline</c>: both texts (the baseline's null when it is not among the AdditionalFiles)
/// and the per-rule severities from .editorconfig (<c>rule-id=level</c>, sorted, <c>;</c>-separated). Equatable, so the
/// check re-runs only when one of them changes.
/// </summary>
internal sealed record BaselineRequest(string SpecPath, string SpecText, string BaselineName, string? BaselinePath, string? BaselineText, string Severities);

/// <summary>A drift diagnostic as data (equatable, no Roslyn objects), located in the spec or its baseline.</summary>
internal sealed record DriftDiagnosticInfo(string Id, string Message, string FilePath, int Offset, int Length, int Line, int Column, int Severity);
