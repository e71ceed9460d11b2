using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Drift;

/// <summary>
/// The in-build drift check: a spec opted in with <c>OpenApiClient="true"</c> and a <c>Baseline</c> (the spec last
/// accepted) gets a diagnostic at the YAML line and column of each change that breaks clients of the baseline
/// (FBC0200 for ERR rules, FBC0201 WARN, FBC0202 INFO; FBC0203 when the baseline cannot be read). It generates no code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BaselineDriftCheck : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var texts = context.AdditionalTextsProvider.Collect();
        var projectDirectory = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => provider.GlobalOptions.TryGetValue("build_property.ProjectDir", out var value) ? value : null);

        var requests = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => BaselineInputs.Spec(pair.Left, pair.Right))
            .Where(static spec => spec is not null)
            .Combine(texts)
            .Combine(projectDirectory)
            .Select(static (pair, cancellationToken) => BaselineInputs.Request(pair.Left.Left!, pair.Left.Right, pair.Right, cancellationToken));

        var diagnostics = requests.Select(static (request, cancellationToken) => BaselineDiff.Run(request, cancellationToken));
        context.RegisterSourceOutput(diagnostics, static (production, found) =>
        {
            foreach (var info in found)
            {
                production.ReportDiagnostic(info.ToDiagnostic());
            }
        });
    }
}
