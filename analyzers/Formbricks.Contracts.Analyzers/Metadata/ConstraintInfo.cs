using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Analyzers.Metadata;

/// <summary>What a <c>FormbricksConstraint</c> attribute says: the spec's value rules of one parameter or property.</summary>
internal sealed class ConstraintInfo
{
    private ConstraintInfo(string location) => Location = location;

    public string Location { get; }

    public decimal? Minimum { get; private set; }

    public decimal? ExclusiveMinimum { get; private set; }

    public decimal? Maximum { get; private set; }

    public decimal? ExclusiveMaximum { get; private set; }

    public int? MinLength { get; private set; }

    public int? MaxLength { get; private set; }

    public string? Pattern { get; private set; }

    public int? MaxItems { get; private set; }

    public int? MaxListItems { get; private set; }

    public ImmutableArray<string> Values { get; private set; } = [];

    public static ConstraintInfo? From(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string location)
        {
            return null;
        }

        var info = new ConstraintInfo(location);
        foreach (var pair in attribute.NamedArguments)
        {
            var value = pair.Value;
            switch (pair.Key)
            {
                case "Minimum": info.Minimum = Number(value); break;
                case "ExclusiveMinimum": info.ExclusiveMinimum = Number(value); break;
                case "Maximum": info.Maximum = Number(value); break;
                case "ExclusiveMaximum": info.ExclusiveMaximum = Number(value); break;
                case "MinLength": info.MinLength = value.Value as int?; break;
                case "MaxLength": info.MaxLength = value.Value as int?; break;
                case "Pattern": info.Pattern = value.Value as string; break;
                case "MaxItems": info.MaxItems = value.Value as int?; break;
                case "MaxListItems": info.MaxListItems = value.Value as int?; break;
                case "Values" when value.Kind == TypedConstantKind.Array:
                    info.Values = value.Values.Select(v => v.Value as string).OfType<string>().ToImmutableArray();
                    break;
                default: break;
            }
        }

        return info;
    }

    private static decimal? Number(TypedConstant constant) =>
        constant.Value is string text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
