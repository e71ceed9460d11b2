using Formbricks.Contracts.Drift;
using Formbricks.Contracts.Generator.Common;
using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.OpenApi;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Formbricks.Contracts.Generator.Drift;

/// <summary>Diffs a spec against its baseline with the drift engine and turns each finding into a located diagnostic.</summary>
internal static class BaselineDiff
{
    public static EquatableArray<DiagnosticInfo> Run(BaselineRequest request, CancellationToken cancellationToken)
    {
        var results = new List<DiagnosticInfo>();
        if (request.BaselineText is null || request.BaselinePath is null)
        {
            results.Add(AtStart(request, $"it is not among the AdditionalFiles; check the path (relative to the project) or create it with {AcceptCommand(request)}"));
            return new EquatableArray<DiagnosticInfo>(results.ToArray());
        }

        var baseline = SpecReader.Read(request.BaselinePath, request.BaselineText, cancellationToken);
        var spec = SpecReader.Read(request.SpecPath, request.SpecText, cancellationToken);
        if (baseline.Document is null || baseline.HasErrors)
        {
            results.Add(AtStart(request, $"'{request.BaselinePath}' is not a readable OpenAPI document, so the spec's drift cannot be checked"));
            return new EquatableArray<DiagnosticInfo>(results.ToArray());
        }

        if (spec.Document is null || spec.HasErrors)
        {
            // The generator already reports what is wrong with the spec itself.
            return new EquatableArray<DiagnosticInfo>([]);
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

            var descriptor = level.Value switch
            {
                DiagnosticSeverity.Error => DiagnosticCatalog.DriftChecks.BreakingChange,
                DiagnosticSeverity.Warning => DiagnosticCatalog.DriftChecks.RiskyChange,
                _ => DiagnosticCatalog.DriftChecks.InformativeChange,
            };
            var location = finding.Location;
            var start = new LinePosition(location.Line - 1, location.Column - 1);
            var at = new LocationInfo(location.File, new TextSpan(Math.Max(0, location.Offset), location.Length), new LinePositionSpan(start, start));
            results.Add(DiagnosticInfo.Create(descriptor, at, finding.RuleId, finding.Message, AcceptCommand(request)).WithSeverity(level.Value));
        }

        return new EquatableArray<DiagnosticInfo>(results.ToArray());
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

    private static DiagnosticInfo AtStart(BaselineRequest request, string why) =>
        DiagnosticInfo.Create(DiagnosticCatalog.DriftChecks.BaselineUnreadable, LocationInfo.StartOf(request.SpecPath), request.BaselineName, why);

    private static string AcceptCommand(BaselineRequest request) =>
        $"formbricks-contracts baseline accept {request.SpecPath} {request.BaselineName}";
}
