using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Formbricks.Contracts.Analyzers.CodeFixes;

/// <summary>The syntax of a hand-written paging loop that <see cref="ManualPagingLoopCodeFix"/> can rewrite, when it has that shape.</summary>
internal sealed class PagingLoopShape
{
    private PagingLoopShape(
        BlockSyntax block, LocalDeclarationStatementSyntax skipDeclaration, WhileStatementSyntax loop, InvocationExpressionSyntax call,
        ArgumentSyntax skipArgument, InvocationExpressionSyntax? configureAwait, ForEachStatementSyntax items)
    {
        Block = block;
        SkipDeclaration = skipDeclaration;
        Loop = loop;
        Call = call;
        SkipArgument = skipArgument;
        ConfigureAwait = configureAwait;
        Items = items;
    }

    public BlockSyntax Block { get; }

    public LocalDeclarationStatementSyntax SkipDeclaration { get; }

    public WhileStatementSyntax Loop { get; }

    public InvocationExpressionSyntax Call { get; }

    public ArgumentSyntax SkipArgument { get; }

    public InvocationExpressionSyntax? ConfigureAwait { get; }

    public ForEachStatementSyntax Items { get; }

    public static PagingLoopShape? Match(InvocationExpressionSyntax call, string skipParameter, string itemsProperty)
    {
        // var page = await client.GetXAsync(…, skip: skip, …)[.ConfigureAwait(…)];
        var awaited = call.Parent as ExpressionSyntax;
        InvocationExpressionSyntax? configure = null;
        if (awaited is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Parent: InvocationExpressionSyntax configureCall })
        {
            configure = configureCall;
            awaited = configureCall;
        }
        else
        {
            awaited = call;
        }

        if (awaited.Parent is not AwaitExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax page } }
            || page.Parent?.Parent is not LocalDeclarationStatementSyntax pageStatement
            || pageStatement.Declaration.Variables.Count != 1
            || pageStatement.Parent is not BlockSyntax { Parent: WhileStatementSyntax loop } body
            || !loop.Condition.IsKind(SyntaxKind.TrueLiteralExpression)
            || loop.Parent is not BlockSyntax block
            || body.Statements.Count < 3
            || body.Statements[0] != pageStatement)
        {
            return null;
        }

        // skip: a named argument that is the local itself (a positional one would shift the arguments after it).
        var arguments = call.ArgumentList.Arguments;
        var skipArgument = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == skipParameter);
        if (skipArgument?.Expression is not IdentifierNameSyntax skipName)
        {
            return null;
        }

        var skipLocal = skipName.Identifier.ValueText;
        var index = block.Statements.IndexOf(loop);
        if (index < 1
            || block.Statements[index - 1] is not LocalDeclarationStatementSyntax { Declaration.Variables.Count: 1 } skipDeclaration
            || skipDeclaration.Declaration.Variables[0] is not { Initializer.Value: LiteralExpressionSyntax { Token.ValueText: "0" } } skipVariable
            || skipVariable.Identifier.ValueText != skipLocal)
        {
            return null;
        }

        // foreach (var item in page.Data) { … }
        var pageName = page.Identifier.ValueText;
        if (body.Statements[1] is not ForEachStatementSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax pageReference } itemsAccess } items
            || pageReference.Identifier.ValueText != pageName
            || itemsAccess.Name.Identifier.ValueText != itemsProperty
            || Mentions(items.Statement, pageName) || Mentions(items.Statement, skipLocal)
            || items.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword)
            || Mentions(items.Statement, null))
        {
            return null;
        }

        // Then only "if (…) break;" and the growth of skip; neither local used after the loop.
        foreach (var statement in body.Statements.Skip(2))
        {
            var allowed = statement switch
            {
                IfStatementSyntax { Statement: BreakStatementSyntax, Else: null } => true,
                IfStatementSyntax { Statement: BlockSyntax { Statements.Count: 1 } only, Else: null } => only.Statements[0] is BreakStatementSyntax,
                ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } assignment }
                    when assignment.IsKind(SyntaxKind.AddAssignmentExpression) && left.Identifier.ValueText == skipLocal => true,
                _ => false,
            };
            if (!allowed)
            {
                return null;
            }
        }

        if (block.Statements.Skip(index + 1).Any(s => Mentions(s, skipLocal)))
        {
            return null;
        }

        return new PagingLoopShape(block, skipDeclaration, loop, call, skipArgument, configure, items);
    }

    /// <summary>
    /// True when <paramref name="node"/> names <paramref name="identifier"/>, or, when it is null, holds a <c>break</c>
    /// of the page's <c>foreach</c> (it ends one page there, but would end the whole walk after the rewrite).
    /// </summary>
    private static bool Mentions(SyntaxNode node, string? identifier) => identifier is null
        ? node.DescendantNodesAndSelf(n => n is not (ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax or SwitchStatementSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .Any(n => n is BreakStatementSyntax)
        : node.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == identifier);
}
