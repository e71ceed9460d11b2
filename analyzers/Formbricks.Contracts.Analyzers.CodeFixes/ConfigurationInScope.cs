using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Formbricks.Contracts.Analyzers.CodeFixes;

/// <summary>
/// Finds an <c>IConfiguration</c> that code at a position can read: a local declared before it, a parameter, a field
/// or property of the type (static ones only in a static context or an initializer), or the <c>Configuration</c>
/// property of one of those (<c>builder.Configuration</c>, <c>context.Configuration</c>).
/// </summary>
internal static class ConfigurationInScope
{
    private const string ConfigurationMetadataName = "Microsoft.Extensions.Configuration.IConfiguration";

    /// <summary>The C# expression that reaches the configuration, or null when none is in scope.</summary>
    public static string? Find(SemanticModel model, ExpressionSyntax at)
    {
        if (model.Compilation.GetTypeByMetadataName(ConfigurationMetadataName) is not { } configuration)
        {
            return null;
        }

        var position = at.SpanStart;
        var instanceAllowed = !InStaticContextOrInitializer(model, at);
        string? throughProperty = null;
        foreach (var symbol in Ordered(model.LookupSymbols(position)))
        {
            if (!Usable(symbol, at, instanceAllowed) || TypeOf(symbol) is not { } type)
            {
                continue;
            }

            if (IsConfiguration(type, configuration))
            {
                return symbol.Name;
            }

            if (throughProperty is null && ConfigurationProperty(type, configuration) is { } property)
            {
                throughProperty = symbol.Name + "." + property.Name;
            }
        }

        return throughProperty;
    }

    /// <summary>Locals and parameters first (the nearest thing the user wrote), then the type's members.</summary>
    private static IEnumerable<ISymbol> Ordered(IEnumerable<ISymbol> symbols) =>
        symbols.OrderBy(s => s.Kind switch { SymbolKind.Local => 0, SymbolKind.Parameter => 1, _ => 2 });

    private static bool Usable(ISymbol symbol, ExpressionSyntax at, bool instanceAllowed) => symbol switch
    {
        ILocalSymbol local => local.DeclaringSyntaxReferences.All(r => r.Span.End <= at.SpanStart && r.SyntaxTree == at.SyntaxTree),
        IParameterSymbol => true,
        IFieldSymbol field => !field.IsImplicitlyDeclared && (field.IsStatic || instanceAllowed),
        IPropertySymbol property => !property.IsIndexer && property.GetMethod is not null && (property.IsStatic || instanceAllowed),
        _ => false,
    };

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static IPropertySymbol? ConfigurationProperty(ITypeSymbol type, INamedTypeSymbol configuration) =>
        type.GetMembers("Configuration").OfType<IPropertySymbol>()
            .FirstOrDefault(p => !p.IsStatic && p.GetMethod is not null && p.DeclaredAccessibility == Accessibility.Public && IsConfiguration(p.Type, configuration));

    private static bool IsConfiguration(ITypeSymbol type, INamedTypeSymbol configuration) =>
        SymbolEqualityComparer.Default.Equals(type, configuration) ||
        type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, configuration));

    /// <summary>
    /// Instance members cannot be read from a static member, a static lambda or local function, or a field or
    /// property initializer.
    /// </summary>
    private static bool InStaticContextOrInitializer(SemanticModel model, ExpressionSyntax at)
    {
        foreach (var ancestor in at.Ancestors())
        {
            switch (ancestor)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } or PropertyDeclarationSyntax }:
                    return true;
                case AnonymousFunctionExpressionSyntax function when function.Modifiers.Any(m => m.ValueText == "static"):
                case LocalFunctionStatementSyntax local when local.Modifiers.Any(m => m.ValueText == "static"):
                    return true;
                default:
                    break;
            }
        }

        var symbol = model.GetEnclosingSymbol(at.SpanStart);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol is { IsStatic: true };
    }
}
