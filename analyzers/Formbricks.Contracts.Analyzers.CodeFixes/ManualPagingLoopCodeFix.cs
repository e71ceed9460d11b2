using System.Collections.Immutable;
using System.Composition;
using Formbricks.Contracts.Analyzers.Rules;
using Formbricks.Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Formbricks.Contracts.Analyzers.CodeFixes;

/// <summary>
/// FBC0102's fix, for the one loop shape it can rewrite without changing what the code does:
/// <code>
/// var skip = 0;
/// while (true)
/// {
///     var page = await client.GetSurveysAsync(limit: 100, skip: skip);
///     foreach (var survey in page.Data) { … }
///     if (…) break;          // any number of these,
///     skip += …;             // and the growth of skip
/// }
/// </code>
/// becomes <c>await foreach (var survey in client.EnumerateSurveysAsync(limit: 100)) { … }</c>, when neither
/// <c>page</c> nor <c>skip</c> is used anywhere else. Other shapes keep the suggestion without a fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ManualPagingLoopCodeFix))]
[Shared]
public sealed class ManualPagingLoopCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticCatalog.ManualPagingLoop.Id];

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax call
                || !diagnostic.Properties.TryGetValue(ManualPagingLoopAnalyzer.EnumeratorProperty, out var enumerator) || enumerator is null
                || !diagnostic.Properties.TryGetValue(ManualPagingLoopAnalyzer.SkipProperty, out var skip) || skip is null
                || !diagnostic.Properties.TryGetValue(ManualPagingLoopAnalyzer.ItemsProperty, out var items) || items is null
                || PagingLoopShape.Match(call, skip, items) is not { } shape)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {enumerator}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(Rewrite(root, shape, enumerator))),
                    equivalenceKey: nameof(ManualPagingLoopCodeFix)),
                diagnostic);
        }
    }

    private static SyntaxNode Rewrite(SyntaxNode root, PagingLoopShape shape, string enumerator)
    {
        var call = shape.Call;
        var target = call.Expression is MemberAccessExpressionSyntax member
            ? (ExpressionSyntax)member.WithName(SyntaxFactory.IdentifierName(enumerator))
            : SyntaxFactory.IdentifierName(enumerator);
        var arguments = call.ArgumentList.WithArguments(call.ArgumentList.Arguments.Remove(shape.SkipArgument));
        ExpressionSyntax source = call.WithExpression(target).WithArgumentList(arguments);
        if (shape.ConfigureAwait is { } configure)
        {
            source = configure.WithExpression(((MemberAccessExpressionSyntax)configure.Expression).WithExpression(source));
        }

        var loop = shape.Items
            .WithAwaitKeyword(SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithExpression(source.WithoutTrivia())
            .WithLeadingTrivia(shape.Loop.GetLeadingTrivia())
            .WithTrailingTrivia(shape.Loop.GetTrailingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        var block = shape.Block;
        var updated = block.WithStatements(SyntaxFactory.List(block.Statements
            .Where(s => s != shape.SkipDeclaration)
            .Select(s => s == shape.Loop ? loop : s)));
        return root.ReplaceNode(block, updated);
    }
}
