using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Analyzers.Metadata;

/// <summary>
/// What the generator put into one compilation, resolved once per compilation: the metadata attribute types of every
/// generated namespace, and per method, parameter or property (cached) what those attributes say.
/// </summary>
internal sealed class GeneratedApi
{
    public const string ConstraintAttributeName = "FormbricksConstraintAttribute";
    public const string OperationAttributeName = "FormbricksOperationAttribute";

    private readonly ImmutableHashSet<INamedTypeSymbol> _constraintTypes;
    private readonly ImmutableHashSet<INamedTypeSymbol> _operationTypes;
    private readonly ConcurrentDictionary<ISymbol, ConstraintInfo?> _constraints = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, OperationInfo?> _operations = new(SymbolEqualityComparer.Default);

    private GeneratedApi(ImmutableHashSet<INamedTypeSymbol> constraintTypes, ImmutableHashSet<INamedTypeSymbol> operationTypes)
    {
        _constraintTypes = constraintTypes;
        _operationTypes = operationTypes;
        Namespaces = operationTypes.Select(t => t.ContainingNamespace).ToImmutableHashSet<INamespaceSymbol>(SymbolEqualityComparer.Default);
    }

    /// <summary>The namespaces a spec generated into.</summary>
    public ImmutableHashSet<INamespaceSymbol> Namespaces { get; }

    /// <summary>The generated API of <paramref name="compilation"/>, or null when no spec generated a client into it.</summary>
    public static GeneratedApi? Find(Compilation compilation)
    {
        var operation = Types(compilation, OperationAttributeName);
        return operation.IsEmpty ? null : new GeneratedApi(Types(compilation, ConstraintAttributeName), operation);
    }

    private static ImmutableHashSet<INamedTypeSymbol> Types(Compilation compilation, string name) =>
        compilation.GetSymbolsWithName(name, SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Where(t => t.BaseType?.ToDisplayString() == "System.Attribute")
            .ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);

    /// <summary>The spec's value rules of a generated parameter or property, or null.</summary>
    public ConstraintInfo? Constraint(ISymbol parameterOrProperty) =>
        _constraints.GetOrAdd(parameterOrProperty, symbol =>
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { } type && _constraintTypes.Contains(type))
                {
                    return ConstraintInfo.From(attribute);
                }
            }

            return null;
        });

    /// <summary>The spec's facts about a generated operation method (or its paging companion), or null.</summary>
    public OperationInfo? Operation(IMethodSymbol method) =>
        _operations.GetOrAdd(method.OriginalDefinition, symbol =>
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { } type && _operationTypes.Contains(type))
                {
                    return OperationInfo.From(symbol, attribute);
                }
            }

            return null;
        });

    /// <summary>True when <paramref name="type"/> was generated from a spec (it is in a generated namespace).</summary>
    public bool IsGenerated(ITypeSymbol? type) => type?.ContainingNamespace is { } ns && Namespaces.Contains(ns);
}
