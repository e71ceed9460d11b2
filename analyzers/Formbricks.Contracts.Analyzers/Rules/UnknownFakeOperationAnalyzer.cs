using System.Collections.Immutable;
using Formbricks.Contracts.Analyzers.Metadata;
using Formbricks.Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Formbricks.Contracts.Analyzers.Rules;

/// <summary>
/// FBC0105: a constant operation id given to the fake's test API (<c>FakeFaults.For(string)</c>,
/// <c>FakeJournal.ForOperation(string)</c>) that is none of <c>Formbricks.Contracts.Fakes.FakeOperations</c>'s
/// constants (nor of a generated client's <c>Operations</c> ids). The message names the closest ids.
/// </summary>
/// <remarks>
/// Registered when the compilation references the fake (it has <c>FakeOperations</c> and <c>FakeFaults</c> or
/// <c>FakeJournal</c>), with or without a generated client: this is the one rule a test project without a spec gets.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownFakeOperationAnalyzer : DiagnosticAnalyzer
{
    private const string FakesNamespace = "Formbricks.Contracts.Fakes.";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticCatalog.UnknownFakeOperation];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var compilation = start.Compilation;
            var faults = compilation.GetTypeByMetadataName(FakesNamespace + "FakeFaults");
            var journal = compilation.GetTypeByMetadataName(FakesNamespace + "FakeJournal");
            if (compilation.GetTypeByMetadataName(FakesNamespace + "FakeOperations") is not { } operations || (faults is null && journal is null))
            {
                return;
            }

            var known = ConstStrings(operations).ToImmutableHashSet(StringComparer.Ordinal);
            if (known.IsEmpty)
            {
                return;
            }

            start.RegisterOperationAction(c => Analyze(c, faults, journal, known), OperationKind.Invocation);
        });
    }

    private static IEnumerable<string> ConstStrings(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst && f.ConstantValue is string).Select(f => (string)f.ConstantValue!);

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol? faults, INamedTypeSymbol? journal, ImmutableHashSet<string> known)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var checkedMethod = (method.Name == "For" && SymbolEqualityComparer.Default.Equals(method.ContainingType, faults))
            || (method.Name == "ForOperation" && SymbolEqualityComparer.Default.Equals(method.ContainingType, journal));
        if (!checkedMethod
            || invocation.Arguments.Length != 1
            || invocation.Arguments[0] is not { Parameter.Type.SpecialType: SpecialType.System_String } argument
            || !ConstantValues.TryGet(argument.Value, out var value)
            || value is not string id
            || known.Contains(id))
        {
            return;
        }

        var closest = Closest.To(id, known);
        var hint = closest.Count == 0 ? string.Empty : "; did you mean " + string.Join(", ", closest.Select(c => "'" + c + "'")) + "?";
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticCatalog.UnknownFakeOperation, argument.Value.Syntax.GetLocation(), id, hint));
    }
}
