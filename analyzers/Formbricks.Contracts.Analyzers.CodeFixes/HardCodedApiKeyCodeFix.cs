using System.Collections.Immutable;
using System.Composition;
using Formbricks.Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Formbricks.Contracts.Analyzers.CodeFixes;

/// <summary>
/// FBC0101's fixes. Where an <c>IConfiguration</c> is in scope (a local, a parameter, a member, or the
/// <c>Configuration</c> property of one, such as <c>builder.Configuration</c>), the key becomes
/// <c>configuration["Formbricks:ApiKey"] ?? throw …</c>, the key the generated <c>Add…Client(configuration)</c> reads;
/// always, it can become <c>Environment.GetEnvironmentVariable("FORMBRICKS_API_KEY") ?? throw …</c>. Either way the
/// program fails with a clear message when the key is not set instead of sending no key.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedApiKeyCodeFix))]
[Shared]
public sealed class HardCodedApiKeyCodeFix : CodeFixProvider
{
    /// <summary>The environment variable the fix reads (the one the samples and docs use).</summary>
    public const string VariableName = "FORMBRICKS_API_KEY";

    /// <summary>The configuration key the configuration fix reads (section <c>Formbricks</c>, key <c>ApiKey</c>).</summary>
    public const string ConfigurationKey = "Formbricks:ApiKey";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticCatalog.HardCodedApiKey.Id];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression || !CanHoldACall(expression))
            {
                continue;
            }

            if (model is not null && ConfigurationInScope.Find(model, expression) is { } configuration)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Read the key from {configuration}[\"{ConfigurationKey}\"]",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(expression, ReadConfiguration(configuration).WithTriviaFrom(expression)))),
                        equivalenceKey: nameof(HardCodedApiKeyCodeFix) + ".Configuration"),
                    diagnostic);
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read the key from the {VariableName} environment variable",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(expression, ReadVariable().WithTriviaFrom(expression)))),
                    equivalenceKey: nameof(HardCodedApiKeyCodeFix)),
                diagnostic);
        }
    }

    /// <summary>A constant context (a const, an attribute argument, a parameter default) cannot call a method.</summary>
    private static bool CanHoldACall(ExpressionSyntax expression)
    {
        foreach (var ancestor in expression.Ancestors())
        {
            switch (ancestor)
            {
                case AttributeArgumentSyntax or ParameterSyntax or CaseSwitchLabelSyntax:
                    return false;
                case LocalDeclarationStatementSyntax local:
                    return !local.IsConst;
                case FieldDeclarationSyntax field:
                    return !field.Modifiers.Any(SyntaxKind.ConstKeyword);
                case StatementSyntax or MemberDeclarationSyntax:
                    return true;
                default:
                    break;
            }
        }

        return true;
    }

    private static ParenthesizedExpressionSyntax ReadVariable() => Simplified(
        $"global::System.Environment.GetEnvironmentVariable(\"{VariableName}\") ?? throw new global::System.InvalidOperationException(\"Set the {VariableName} environment variable to the Formbricks API key.\")");

    private static ParenthesizedExpressionSyntax ReadConfiguration(string configuration) => Simplified(
        $"{configuration}[\"{ConfigurationKey}\"] ?? throw new global::System.InvalidOperationException(\"Set {ConfigurationKey} in the configuration (the environment variable Formbricks__ApiKey, for example) to the Formbricks API key.\")");

    private static ParenthesizedExpressionSyntax Simplified(string code)
    {
        var read = SyntaxFactory.ParseExpression(code);
        read = read.ReplaceNodes(
            read.DescendantNodes().Where(n => n is MemberAccessExpressionSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax),
            (_, node) => node.WithAdditionalAnnotations(Simplifier.Annotation));
        return SyntaxFactory.ParenthesizedExpression(read).WithAdditionalAnnotations(Simplifier.Annotation, Formatter());
    }

    private static SyntaxAnnotation Formatter() => Microsoft.CodeAnalysis.Formatting.Formatter.Annotation;
}
