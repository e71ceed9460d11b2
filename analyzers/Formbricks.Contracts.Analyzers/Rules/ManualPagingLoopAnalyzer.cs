using System.Collections.Immutable;
using Formbricks.Contracts.Analyzers.Metadata;
using Formbricks.Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Formbricks.Contracts.Analyzers.Rules;

/// <summary>
/// FBC0102: a loop that calls a paged operation with a <c>skip</c> local that the loop grows, where the generated
/// <c>Enumerate…Async</c> companion walks the pages (and stops on <c>meta.total</c>, a short page or an empty one).
/// The code fix rewrites the loop shapes it can rewrite without changing behaviour.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManualPagingLoopAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property with the companion's name.</summary>
    public const string EnumeratorProperty = "Enumerator";

    /// <summary>The diagnostic property with the skip parameter's name.</summary>
    public const string SkipProperty = "Skip";

    /// <summary>The diagnostic property with the name of the response property holding the items.</summary>
    public const string ItemsProperty = "Items";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticCatalog.ManualPagingLoop];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (GeneratedApi.Find(start.Compilation) is { } api)
            {
                start.RegisterOperationAction(c => Analyze(c, api), OperationKind.Invocation);
            }
        });
    }

    private static void Analyze(OperationAnalysisContext context, GeneratedApi api)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (api.Operation(invocation.TargetMethod) is not { Enumerator: { } enumerator, SkipParameter: { } skipName } operation
            || invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == skipName && a.ArgumentKind == ArgumentKind.Explicit) is not { } skip
            || ConstantValues.Unwrap(skip.Value) is not ILocalReferenceOperation { Local: var local }
            || Loops.Enclosing(invocation) is not { } loop
            || !Loops.Grows(loop, local))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(EnumeratorProperty, enumerator)
            .Add(SkipProperty, skipName)
            .Add(ItemsProperty, operation.ItemsProperty);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticCatalog.ManualPagingLoop, invocation.Syntax.GetLocation(), properties, invocation.TargetMethod.Name, skipName, enumerator));
    }
}
