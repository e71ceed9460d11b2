using Formbricks.Contracts.Drift;
using Formbricks.Contracts.Generator.Common;
using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.OpenApi;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Drift;

/// <summary>Diffs a spec against its baseline with the drift engine and turns each finding into a located diagnostic.</summary>
internal static class BaselineDiff
{
    public static EquatableArray<DriftDiagnosticInfo> Run(BaselineRequest request, CancellationToken cancellationToken)
    {
        var results = new List<DriftDiagnosticInfo>();
        if (request.BaselineText is null || request.BaselinePath is null)
        {
            results.Add(AtStart(request, $"The Baseline '{request.BaselineName}' of '{request.SpecPath}' is not among the AdditionalFiles; check the path (relative to the project) or create it with: formbricks-contracts baseline accept {request.SpecPath} {request.BaselineName}"));
            return new EquatableArray<DriftDiagnosticInfo>(results.ToArray());
        }

        var baseline = SpecReader.Read(request.BaselinePath, request.BaselineText, cancellationToken);
        var spec = SpecReader.Read(request.SpecPath, request.SpecText, cancellationToken);
        if (baseline.Document is null || baseline.HasErrors)
        {
            results.Add(AtStart(request, $"The Baseline '{request.BaselinePath}' of '{request.SpecPath}' is not a readable OpenAPI document, so its drift cannot be checked."));
            return new EquatableArray<DriftDiagnosticInfo>(results.ToArray());
        }

        if (spec.Document is null || spec.HasErrors)
        {
            // The generator already reports what is wrong with the spec itself.
            return new EquatableArray<DriftDiagnosticInfo>([]);
        }

        var severities = ParseSeverities(request.Severities);
        foreach (var finding in DriftEngine.Diff(baseline, spec))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var level = severities.TryGetValue(finding.RuleId, out var chosen) ? chosen : Default(finding.Level);
            if (level is null)
            {
                continue;
            }

            var id = level.Value switch
            {
                DiagnosticSeverity.Error => DiagnosticCatalog.DriftChecks.BreakingChange.Id,
                DiagnosticSeverity.Warning => DiagnosticCatalog.DriftChecks.RiskyChange.Id,
                _ => DiagnosticCatalog.DriftChecks.InformativeChange.Id,
            };
            var location = finding.Location;
            var message = $"{finding.RuleId}: {finding.Message}. If the change is intended, accept it: formbricks-contracts baseline accept {request.SpecPath} {request.BaselineName}";
            results.Add(new DriftDiagnosticInfo(id, message, location.File, location.Offset, location.Length, location.Line - 1, location.Column - 1, (int)level.Value));
        }

        return new EquatableArray<DriftDiagnosticInfo>(results.ToArray());
    }

    private static DiagnosticSeverity? Default(FindingLevel level) => level switch
    {
        FindingLevel.Err => DiagnosticSeverity.Error,
        FindingLevel.Warn => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    /// <summary><c>rule-id=error|warning|info|none;</c> pairs; unknown levels are ignored.</summary>
    private static Dictionary<string, DiagnosticSeverity?> ParseSeverities(string text)
    {
        var result = new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal);
        foreach (var pair in text.Split([';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            DiagnosticSeverity? level = pair.Substring(equals + 1) switch
            {
                "error" or "err" => DiagnosticSeverity.Error,
                "warning" or "warn" => DiagnosticSeverity.Warning,
                "info" or "suggestion" => DiagnosticSeverity.Info,
                "none" or "silent" => null,
                _ => DiagnosticSeverity.Hidden,
            };
            if (level != DiagnosticSeverity.Hidden)
            {
                result[pair.Substring(0, equals)] = level;
            }
        }

        return result;
    }

    private static DriftDiagnosticInfo AtStart(BaselineRequest request, string message) =>
        new(DiagnosticCatalog.DriftChecks.BaselineUnreadable.Id, message, request.SpecPath, 0, 0, 0, 0, (int)DiagnosticSeverity.Error);
}
