using System.Collections.Immutable;
using Formbricks.Contracts.Analyzers.Metadata;
using Formbricks.Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Formbricks.Contracts.Analyzers.Rules;

/// <summary>
/// FBC0100: a constant argument of a generated client method, or a constant assigned to a property of a generated
/// type, that the spec forbids (bounds, lengths, pattern, closed enum, item counts).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantOutOfRangeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticCatalog.ConstantViolatesSpec];

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

            start.RegisterOperationAction(c => AnalyzeArgument(c, api), OperationKind.Argument);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, api), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, GeneratedApi api)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is not { } parameter || api.Constraint(parameter) is not { } rules)
        {
            return;
        }

        Check(context, rules, parameter.Name, argument.Value);
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, GeneratedApi api)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: var property } || api.Constraint(property) is not { } rules)
        {
            return;
        }

        Check(context, rules, property.ContainingType.Name + "." + property.Name, assignment.Value);
    }

    private static void Check(OperationAnalysisContext context, ConstraintInfo rules, string name, IOperation value)
    {
        string? broken;
        string shown;
        if (ConstantValues.TryGet(value, out var constant))
        {
            broken = ConstraintCheck.Broken(rules, constant);
            shown = ConstraintCheck.Show(constant);
        }
        else if (ConstantValues.ItemCount(value) is { } count)
        {
            broken = ConstraintCheck.BrokenCount(rules, count);
            shown = count + " items";
        }
        else
        {
            return;
        }

        if (broken is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticCatalog.ConstantViolatesSpec, value.Syntax.GetLocation(), name, shown, broken, rules.Location));
        }
    }
}
