using Formbricks.Contracts.Generator.Common;

namespace Formbricks.Contracts.Generator.Model;

// The emitted types. Immutable records compared by value; they hold strings and other model records only
// (never symbols, syntax nodes, Microsoft.OpenApi objects or locations), so the pipeline can cache them.

/// <summary>A type the generator emits.</summary>
internal abstract record TypeSpec(string Name, string? Description, bool IsDeprecated);

/// <summary>
/// An object schema: a record with a property per schema property. <c>AdditionalValues</c> is the value type of
/// <c>additionalProperties</c> when the schema gives one; otherwise extra members are kept as JSON elements so that
/// they round-trip. <c>PresenceRules</c> are its <c>oneOf</c>/<c>anyOf</c> lists that only add <c>required</c>.
/// </summary>
internal sealed record ObjectSpec(
    string Name,
    string? Description,
    bool IsDeprecated,
    EquatableArray<PropertySpec> Properties,
    TypeRef? AdditionalValues,
    string AdditionalPropertiesName,
    EquatableArray<PresenceRuleSpec> PresenceRules = default)
    : TypeSpec(Name, Description, IsDeprecated);

/// <summary>
/// "One of these must be present": the <c>required</c> lists of a <c>oneOf</c> (<c>ExactlyOne</c>) or <c>anyOf</c>
/// whose branches add nothing else, one entry per branch.
/// </summary>
internal sealed record PresenceRuleSpec(bool ExactlyOne, EquatableArray<EquatableArray<string>> Alternatives);

/// <summary>
/// A property of an object. <c>IsReadOnly</c> (<c>readOnly: true</c>): the server sends it, a request never carries
/// it, so it is not <c>required</c> on the record and the request writer (<c>WriteRequestValue</c>) leaves it out.
/// </summary>
internal sealed record PropertySpec(string Name, string JsonName, TypeRef Type, bool IsRequired, string? Description, bool IsDeprecated, ConstraintSpec? Constraints = null, bool IsReadOnly = false);

/// <summary>An enum schema: an extensible struct that keeps values the spec does not list.</summary>
internal sealed record EnumSpec(string Name, string? Description, bool IsDeprecated, bool IsInteger, EquatableArray<EnumMemberSpec> Members)
    : TypeSpec(Name, Description, IsDeprecated);

/// <summary>A known value of an enum.</summary>
internal sealed record EnumMemberSpec(string Name, string Value);

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c> schema: an abstract record with one nested case per alternative. <c>Discriminator</c>
/// is the JSON property whose value selects the case, when the schema names one; <c>UnknownCaseName</c> names the case
/// that keeps a value matching no alternative.
/// </summary>
internal sealed record UnionSpec(
    string Name,
    string? Description,
    bool IsDeprecated,
    string? Discriminator,
    EquatableArray<UnionCaseSpec> Cases,
    string UnknownCaseName)
    : TypeSpec(Name, Description, IsDeprecated);

/// <summary>One alternative of a union.</summary>
/// <param name="Name">The nested record's name.</param>
/// <param name="Type">The alternative's type.</param>
/// <param name="DiscriminatorValues">The discriminator values that select this case.</param>
/// <param name="JsonKind">The JSON value kind this case accepts, used when there is no discriminator.</param>
/// <param name="RequiredProperties">Properties a JSON object must have to be this case (a <c>writeOnly</c> one is not required when reading).</param>
/// <param name="KnownProperties">Every property the case declares: the more of them a JSON object has, the better it fits.</param>
/// <param name="Constants">Properties with one allowed value (<c>const</c>, a single-value <c>enum</c>) that a JSON object must carry.</param>
/// <param name="IsClosed">The case allows no other properties (<c>additionalProperties: false</c>).</param>
/// <remarks>Without a discriminator the reader tries the cases that fit in order of how well they fit, best first.</remarks>
internal sealed record UnionCaseSpec(
    string Name,
    TypeRef Type,
    EquatableArray<string> DiscriminatorValues,
    JsonValueKindSpec JsonKind,
    EquatableArray<string> RequiredProperties,
    EquatableArray<string> KnownProperties = default,
    EquatableArray<PropertyConstantSpec> Constants = default,
    bool IsClosed = false);

/// <summary>A property with one allowed value: its JSON name and the value (a string's text, else its JSON).</summary>
internal sealed record PropertyConstantSpec(string Property, string Value);

/// <summary>The JSON value kinds a union case can accept.</summary>
internal enum JsonValueKindSpec
{
    Any,
    Object,
    Array,
    String,
    Number,
    Boolean,
}
