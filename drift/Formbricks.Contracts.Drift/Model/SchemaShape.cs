using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Model;

/// <summary>
/// A schema normalised for comparison: references followed, single-branch compositions and <c>null</c> branches
/// unwrapped, 3.0 <c>nullable</c> and 3.1 <c>null</c> types folded into <see cref="Nullable"/>, <c>const</c> into
/// <see cref="Enum"/>, <c>allOf</c> merged. Two spellings of one meaning give equal shapes.
/// </summary>
internal sealed class SchemaShape
{
    public string Pointer { get; set; } = string.Empty;

    /// <summary>The reference id of the unwrapped schema, if it was a <c>$ref</c>.</summary>
    public string? RefId { get; set; }

    /// <summary>The declared types without <c>null</c>; <c>null</c> when any type is allowed.</summary>
    public JsonSchemaType? Types { get; set; }

    public bool Nullable { get; set; }

    public string? Format { get; set; }

    /// <summary>Enum (or const) values as canonical JSON text; <c>null</c> when unrestricted.</summary>
    public List<string>? Enum { get; set; }

    public Bound? Minimum { get; set; }

    public Bound? Maximum { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public string? Pattern { get; set; }

    public int? MinItems { get; set; }

    public int? MaxItems { get; set; }

    public decimal? MultipleOf { get; set; }

    public string? Default { get; set; }

    public bool ReadOnly { get; set; }

    public bool WriteOnly { get; set; }

    public Dictionary<string, SchemaNode> Properties { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

    public SchemaNode? Items { get; set; }

    public List<SchemaNode> OneOf { get; } = [];

    public List<SchemaNode> AnyOf { get; } = [];

    /// <summary>Discriminator property name and mapping, as one comparable text; <c>null</c> when none.</summary>
    public string? Discriminator { get; set; }
}

/// <summary>A numeric bound with its exclusiveness.</summary>
internal readonly struct Bound
{
    public Bound(decimal value, bool exclusive)
    {
        Value = value;
        Exclusive = exclusive;
    }

    public decimal Value { get; }

    public bool Exclusive { get; }

    public override string ToString() =>
        (Exclusive ? "exclusive " : string.Empty) + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
