using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Formbricks.Contracts.Analyzers.Metadata;
using Formbricks.Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Formbricks.Contracts.Analyzers.Rules;

/// <summary>
/// FBC0101: an API key in the source: a string literal that looks like a Formbricks key (<c>fbk_</c> and at least 20
/// key characters), or any constant string assigned to a generated options type's <c>ApiKey</c> or added as an
/// <c>x-api-key</c> header.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedApiKeyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The header the Formbricks API reads its key from.</summary>
    public const string HeaderName = "x-api-key";

    private static readonly Regex KeyShape = new("^fbk_[A-Za-z0-9_-]{20,}$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticCatalog.HardCodedApiKey];

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

            var headers = start.Compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders");
            start.RegisterOperationAction(AnalyzeLiteral, OperationKind.Literal);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, api), OperationKind.SimpleAssignment);
            if (headers is not null)
            {
                start.RegisterOperationAction(c => AnalyzeHeader(c, headers), OperationKind.Invocation);
            }
        });
    }

    /// <summary>True when <paramref name="text"/> has the shape of a Formbricks API key.</summary>
    public static bool LooksLikeKey(string text) => text.StartsWith("fbk_", StringComparison.Ordinal) && KeyShape.IsMatch(text);

    private static void AnalyzeLiteral(OperationAnalysisContext context)
    {
        if (context.Operation.ConstantValue is { HasValue: true, Value: string text } && LooksLikeKey(text))
        {
            Report(context, context.Operation, "A Formbricks API key is written in the source code");
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, GeneratedApi api)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "ApiKey" } property }
            && property.ContainingType.Name.EndsWith("Options", StringComparison.Ordinal)
            && api.IsGenerated(property.ContainingType)
            && IsHardCoded(assignment.Value, out var literal))
        {
            Report(context, literal, $"The API key of {property.ContainingType.Name} is a constant");
        }
    }

    private static void AnalyzeHeader(OperationAnalysisContext context, INamedTypeSymbol headers)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name is not ("Add" or "TryAddWithoutValidation")
            || invocation.Arguments.Length != 2
            || !Inherits(invocation.TargetMethod.ContainingType, headers)
            || !ConstantValues.TryGet(invocation.Arguments[0].Value, out var name)
            || !string.Equals(name as string, HeaderName, StringComparison.OrdinalIgnoreCase)
            || !IsHardCoded(invocation.Arguments[1].Value, out var literal))
        {
            return;
        }

        Report(context, literal, $"The {HeaderName} header is given a constant");
    }

    /// <summary>A non-empty constant string (a key-shaped literal is reported by the literal check already).</summary>
    private static bool IsHardCoded(IOperation value, out IOperation literal)
    {
        literal = ConstantValues.Unwrap(value);
        return literal.ConstantValue is { HasValue: true, Value: string { Length: > 0 } text } && !LooksLikeKey(text);
    }

    private static bool Inherits(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(OperationAnalysisContext context, IOperation operation, string what) =>
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticCatalog.HardCodedApiKey, operation.Syntax.GetLocation(), what));
}
