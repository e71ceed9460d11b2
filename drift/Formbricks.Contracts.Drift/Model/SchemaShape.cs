using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Model;

/// <summary>
/// A schema normalised for comparison: references followed, single-branch compositions and <c>null</c> branches
/// unwrapped, 3.0 <c>nullable</c> and 3.1 <c>null</c> types folded into <see cref="Nullable"/>, <c>const</c> into
/// <see cref="Enum"/>, <c>allOf</c> merged. Two spellings of one meaning give equal shapes.
/// </summary>
internal sealed class SchemaShape
{
    /// <summary>Where the shape's schema is written, rendered on demand.</summary>
    public LazyPointer Location { get; set; } = LazyPointer.Root;

    /// <summary>The text of <see cref="Location"/>.</summary>
    public string Pointer => Location.Text;

    /// <summary>The reference id of the unwrapped schema, if it was a <c>$ref</c>.</summary>
    public string? RefId { get; set; }

    /// <summary>The declared types without <c>null</c>; <c>null</c> when any type is allowed.</summary>
    public JsonSchemaType? Types { get; set; }

    public bool Nullable { get; set; }

    public string? Format { get; set; }

    /// <summary>Enum (or const) values as canonical JSON text; <c>null</c> when unrestricted.</summary>
    public List<string>? Enum { get; set; }

    // The constraints and the default sit in an object of their own, made only for a shape that has one (most have none).
    private SchemaLimits? _limits;

    public Bound? Minimum => _limits?.Minimum;

    public Bound? Maximum => _limits?.Maximum;

    public int? MinLength => _limits?.MinLength;

    public int? MaxLength => _limits?.MaxLength;

    public string? Pattern => _limits?.Pattern;

    public int? MinItems => _limits?.MinItems;

    public int? MaxItems => _limits?.MaxItems;

    public decimal? MultipleOf => _limits?.MultipleOf;

    public string? Default => _limits?.Default;

    /// <summary>The constraints to fill (made on first use).</summary>
    public SchemaLimits WritableLimits() => _limits ??= new SchemaLimits();

    public bool ReadOnly { get; set; }

    public bool WriteOnly { get; set; }

    // Most shapes are leaves: the collections are shared empty ones until the normaliser adds to them.
    private static readonly Dictionary<string, SchemaNode> NoProperties = new(StringComparer.Ordinal);
    private static readonly HashSet<string> NoRequired = new(StringComparer.Ordinal);
    private static readonly List<SchemaNode> NoBranches = [];

    public Dictionary<string, SchemaNode> Properties { get; private set; } = NoProperties;

    public HashSet<string> Required { get; private set; } = NoRequired;

    public SchemaNode? Items { get; set; }

    /// <summary><c>additionalProperties: false</c> (here or in an <c>allOf</c> part).</summary>
    public bool AdditionalClosed { get; set; }

    /// <summary>The <c>additionalProperties</c> schema; null when absent or a boolean.</summary>
    public SchemaNode? AdditionalSchema { get; set; }

    public List<SchemaNode> OneOf { get; private set; } = NoBranches;

    public List<SchemaNode> AnyOf { get; private set; } = NoBranches;

    /// <summary>Discriminator property name and mapping, as one comparable text; <c>null</c> when none.</summary>
    public string? Discriminator { get; set; }

    /// <summary>The properties to fill, made with room for <paramref name="capacity"/> on first use.</summary>
    public Dictionary<string, SchemaNode> WritableProperties(int capacity) =>
        ReferenceEquals(Properties, NoProperties) ? Properties = new(capacity, StringComparer.Ordinal) : Properties;

    public HashSet<string> WritableRequired() =>
        ReferenceEquals(Required, NoRequired) ? Required = new(StringComparer.Ordinal) : Required;

    /// <summary>The list of <c>oneOf</c> (or <c>anyOf</c>) branches to fill, or null when it already has branches (the first composition wins).</summary>
    public List<SchemaNode>? NewBranches(bool oneOf)
    {
        if ((oneOf ? OneOf : AnyOf).Count > 0)
        {
            return null;
        }

        var list = new List<SchemaNode>();
        if (oneOf)
        {
            OneOf = list;
        }
        else
        {
            AnyOf = list;
        }

        return list;
    }
}

/// <summary>A shape's constraints and default (the first value met wins, as <c>allOf</c> parts are merged).</summary>
internal sealed class SchemaLimits
{
    public Bound? Minimum { get; set; }

    public Bound? Maximum { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public string? Pattern { get; set; }

    public int? MinItems { get; set; }

    public int? MaxItems { get; set; }

    public decimal? MultipleOf { get; set; }

    public string? Default { get; set; }
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
