using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Formbricks.Contracts.Analyzers.Metadata;

/// <summary>Finding the loop around an operation, and what the loop does to a local.</summary>
internal static class Loops
{
    /// <summary>The innermost loop around <paramref name="operation"/> in the same method body (not across a lambda or local function).</summary>
    public static ILoopOperation? Enclosing(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ILoopOperation loop:
                    return loop;
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return null;
                default:
                    break;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="loop"/> adds to <paramref name="local"/> (<c>+=</c>, <c>++</c>, <c>x = x + …</c>) anywhere in it.</summary>
    public static bool Grows(ILoopOperation loop, ILocalSymbol local)
    {
        foreach (var operation in Descendants(loop))
        {
            var grows = operation switch
            {
                ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: ILocalReferenceOperation target } => Is(target, local),
                IIncrementOrDecrementOperation { Kind: OperationKind.Increment, Target: ILocalReferenceOperation target } => Is(target, local),
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation target, Value: IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum } =>
                    Is(target, local) && (Refers(sum.LeftOperand, local) || Refers(sum.RightOperand, local)),
                _ => false,
            };
            if (grows)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="operation"/> reads <paramref name="local"/> somewhere inside it.</summary>
    public static bool Refers(IOperation operation, ILocalSymbol local) =>
        Descendants(operation).Any(o => o is ILocalReferenceOperation reference && Is(reference, local));

    private static bool Is(ILocalReferenceOperation reference, ILocalSymbol local) => SymbolEqualityComparer.Default.Equals(reference.Local, local);

    private static IEnumerable<IOperation> Descendants(IOperation operation)
    {
        yield return operation;
        foreach (var child in operation.ChildOperations)
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
