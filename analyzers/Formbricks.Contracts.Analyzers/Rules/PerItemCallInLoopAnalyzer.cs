using System.Collections.Immutable;
using Formbricks.Contracts.Analyzers.Metadata;
using Formbricks.Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Formbricks.Contracts.Analyzers.Rules;

/// <summary>
/// FBC0103: an operation that answers for one item (a personal link for one contact) called inside a <c>foreach</c>
/// with an argument taken from the loop's item, where a paged operation answers for the whole group (every contact
/// of a segment, 250 per request).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PerItemCallInLoopAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticCatalog.PerItemCallInLoop];

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
        if (api.Operation(invocation.TargetMethod) is not { BatchAlternative: { } batch }
            || Loops.Enclosing(invocation) is not IForEachLoopOperation loop
            || !invocation.Arguments.Any(a => a.ArgumentKind == ArgumentKind.Explicit && loop.Locals.Any(local => Loops.Refers(a.Value, local))))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticCatalog.PerItemCallInLoop, invocation.Syntax.GetLocation(), invocation.TargetMethod.Name, batch));
    }
}
