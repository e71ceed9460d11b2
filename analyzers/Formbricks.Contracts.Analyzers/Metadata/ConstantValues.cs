using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Formbricks.Contracts.Analyzers.Metadata;

/// <summary>The compile-time value of an argument or initializer: constants, const fields, folded expressions, array and collection literals.</summary>
internal static class ConstantValues
{
    /// <summary>The operation under its conversions (to <c>int?</c>, through an implicit operator of a generated enum).</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (!operation.ConstantValue.HasValue && operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The constant value, if the expression has one and it is not null.</summary>
    public static bool TryGet(IOperation operation, out object value)
    {
        var constant = Unwrap(operation).ConstantValue;
        value = constant.HasValue ? constant.Value! : null!;
        return constant.HasValue && constant.Value is not null;
    }

    /// <summary>The number of items of an array or collection literal, when it is one.</summary>
    public static int? ItemCount(IOperation operation) => Unwrap(operation) switch
    {
        IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues.Length,
        ICollectionExpressionOperation collection when collection.Elements.All(e => e is not ISpreadOperation) => collection.Elements.Length,
        _ => null,
    };

    /// <summary>A number as decimal, when the constant is one.</summary>
    public static decimal? Number(object value)
    {
        try
        {
            return value switch
            {
                int or long or short or byte or sbyte or ushort or uint or ulong or decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                double d when !double.IsNaN(d) && !double.IsInfinity(d) => (decimal)d,
                float f when !float.IsNaN(f) && !float.IsInfinity(f) => (decimal)f,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return value is double or float ? (Convert.ToDouble(value, CultureInfo.InvariantCulture) > 0 ? decimal.MaxValue : decimal.MinValue) : null;
        }
    }
}
