using System.Collections.Immutable;
using System.Text;
using Formbricks.Contracts.Drift.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Formbricks.Contracts.Generator.Drift;

/// <summary>Finds the opted-in specs with a <c>Baseline</c> and the baseline's text among the AdditionalFiles.</summary>
internal static class BaselineInputs
{
    /// <summary>The .editorconfig key prefix of a per-rule severity: <c>formbricks_contracts_drift.&lt;rule-id&gt; = error</c>.</summary>
    public const string SeverityKeyPrefix = "formbricks_contracts_drift.";

    public sealed record SpecWithBaseline(AdditionalText Spec, string Baseline, string Severities, string? ProjectDirectory);

    /// <summary>Every AdditionalFiles item, as one value of the pipeline (a class: see <see cref="BaselineDriftCheck"/>).</summary>
    public sealed record AllTexts(ImmutableArray<AdditionalText> Texts);

    public static SpecWithBaseline? Spec(AdditionalText text, AnalyzerConfigOptionsProvider provider)
    {
        var options = provider.GetOptions(text);
        if (!options.TryGetValue("build_metadata.AdditionalFiles.OpenApiClient", out var optIn)
            || !string.Equals(optIn?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            || !options.TryGetValue("build_metadata.AdditionalFiles.Baseline", out var baseline)
            || string.IsNullOrWhiteSpace(baseline))
        {
            return null;
        }

        var projectDirectory = provider.GlobalOptions.TryGetValue("build_property.ProjectDir", out var directory) ? directory : null;
        return new SpecWithBaseline(text, baseline.Trim(), Severities(options, provider.GlobalOptions), projectDirectory);
    }

    public static BaselineRequest Request(SpecWithBaseline spec, ImmutableArray<AdditionalText> texts, CancellationToken cancellationToken)
    {
        var projectDirectory = spec.ProjectDirectory;
        var specText = spec.Spec.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var wanted = Normalize(projectDirectory is { Length: > 0 } && !IsRooted(spec.Baseline) ? projectDirectory + "/" + spec.Baseline : spec.Baseline);
        AdditionalText? match = null;
        foreach (var text in texts)
        {
            var path = Normalize(text.Path);
            if (string.Equals(path, wanted, StringComparison.OrdinalIgnoreCase)
                || (match is null && path.EndsWith("/" + Normalize(spec.Baseline).TrimStart('/'), StringComparison.OrdinalIgnoreCase)))
            {
                match = text;
            }
        }

        return new BaselineRequest(
            spec.Spec.Path,
            specText,
            spec.Baseline,
            match?.Path,
            match?.GetText(cancellationToken)?.ToString(),
            spec.Severities);
    }

    private static string Severities(AnalyzerConfigOptions file, AnalyzerConfigOptions global)
    {
        var builder = new StringBuilder();
        foreach (var rule in RuleCatalog.All)
        {
            if (file.TryGetValue(SeverityKeyPrefix + rule.Id, out var level) || global.TryGetValue(SeverityKeyPrefix + rule.Id, out level))
            {
                builder.Append(rule.Id).Append('=').Append(level.Trim().ToLowerInvariant()).Append(';');
            }
        }

        return builder.ToString();
    }

    private static bool IsRooted(string path) => path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':');

    /// <summary>Forward slashes, <c>.</c> and <c>..</c> segments resolved (no file system access inside the compiler).</summary>
    internal static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part == "." || (part.Length == 0 && parts.Count > 0))
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join("/", parts);
    }
}
