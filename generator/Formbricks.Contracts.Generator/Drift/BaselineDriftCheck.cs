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
    /// <remarks>
    /// Most projects set no baseline, and then this check must cost next to nothing in a command-line compile, where
    /// every build is a new process and every generic instantiation of the compiler's pipeline nodes over a value
    /// type is compiled just in time: the values between the steps are classes (whose instantiations the compiler
    /// shares), the project folder is read with the spec's options instead of in a step of its own, and the
    /// findings flow one by one.
    /// </remarks>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var texts = context.AdditionalTextsProvider.Collect().Select(static (all, _) => new BaselineInputs.AllTexts(all));

        var requests = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => BaselineInputs.Spec(pair.Left, pair.Right))
            .Where(static spec => spec is not null)
            .Combine(texts)
            .Select(static (pair, cancellationToken) => BaselineInputs.Request(pair.Left!, pair.Right.Texts, cancellationToken));

        var diagnostics = requests.SelectMany(static (request, cancellationToken) => BaselineDiff.Run(request, cancellationToken));
        context.RegisterSourceOutput(diagnostics, static (production, info) => production.ReportDiagnostic(info.ToDiagnostic()));
    }
}
