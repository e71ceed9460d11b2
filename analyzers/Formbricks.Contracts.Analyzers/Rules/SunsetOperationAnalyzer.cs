using System.Collections.Immutable;
using System.Globalization;
using Formbricks.Contracts.Analyzers.Metadata;
using Formbricks.Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Formbricks.Contracts.Analyzers.Rules;

/// <summary>
/// FBC0104: a call to (or a method group of) an operation whose <c>x-sunset</c> date has passed. A deprecated
/// operation before its sunset gets the compiler's own obsolete warning (CS0618) with the spec's text.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SunsetOperationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticCatalog.SunsetOperation];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (GeneratedApi.Find(start.Compilation) is not { } api)
            {
                return;
            }

            var today = DateTime.UtcNow.Date;
            start.RegisterOperationAction(c => Analyze(c, api, today, ((IInvocationOperation)c.Operation).TargetMethod), OperationKind.Invocation);
            start.RegisterOperationAction(c => Analyze(c, api, today, ((IMethodReferenceOperation)c.Operation).Method), OperationKind.MethodReference);
        });
    }

    private static void Analyze(OperationAnalysisContext context, GeneratedApi api, DateTime today, IMethodSymbol method)
    {
        if (api.Operation(method) is { Sunset: { } sunset } operation
            && DateTime.TryParseExact(sunset, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            && date.Date < today)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticCatalog.SunsetOperation, context.Operation.Syntax.GetLocation(), method.Name, operation.HttpMethod, operation.PathTemplate, sunset, operation.Location));
        }
    }
}
