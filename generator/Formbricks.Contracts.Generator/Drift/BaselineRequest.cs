namespace Formbricks.Contracts.Generator.Drift;

/// <summary>
/// One opted-in spec with a <c>Baseline</c>: both texts (the baseline's null when it is not among the AdditionalFiles)
/// and the per-rule severities from .editorconfig (<c>rule-id=level</c>, sorted, <c>;</c>-separated). Equatable, so the
/// check re-runs only when one of them changes.
/// </summary>
internal sealed record BaselineRequest(string SpecPath, string SpecText, string BaselineName, string? BaselinePath, string? BaselineText, string Severities);

