namespace Formbricks.Contracts.Drift.Rules;

/// <summary>
/// The schema checks shared by several places of a request or a response: each kind is a suffix that makes a rule id
/// with each prefix of its direction (<c>request-parameter-</c>, <c>request-body-</c>, <c>request-property-</c>;
/// <c>response-body-</c>, <c>response-property-</c>, <c>response-header-</c>).
/// </summary>
internal static class SchemaRuleKinds
{
    /// <summary>Prefixes whose schemas a client sends: the revision must accept every value the base accepted.</summary>
    public static readonly (string Prefix, string Family, string Place)[] RequestPrefixes =
    [
        ("request-parameter", RuleFamilies.Parameters, "a parameter's schema (or its items)"),
        ("request-body", RuleFamilies.RequestBody, "a request body's top-level schema (or its items)"),
        ("request-property", RuleFamilies.RequestBody, "a property of a request body, at any depth"),
    ];

    /// <summary>Prefixes whose schemas a client receives: the revision must not answer anything the base could not.</summary>
    public static readonly (string Prefix, string Family, string Place)[] ResponsePrefixes =
    [
        ("response-body", RuleFamilies.Responses, "a response body's top-level schema (or its items)"),
        ("response-property", RuleFamilies.Responses, "a property of a response body, at any depth"),
        ("response-header", RuleFamilies.Responses, "a response header's schema"),
    ];

    /// <summary>Request-side kinds: suffix, level, what changed, example.</summary>
    public static readonly (string Suffix, FindingLevel Level, string What, string Example)[] Request =
    [
        ("type-changed", FindingLevel.Err, "the type no longer accepts every value the base accepted", "type: integer -> type: string"),
        ("format-changed", FindingLevel.Err, "a format was added or changed", "format: uuid -> format: email"),
        ("enum-value-removed", FindingLevel.Err, "an enum (or const) value was removed", "enum: [a, b] -> enum: [a]"),
        ("became-not-nullable", FindingLevel.Err, "null is no longer accepted", "nullable: true -> (nothing)"),
        ("min-increased", FindingLevel.Err, "minimum or exclusiveMinimum was added or raised", "minimum: 1 -> minimum: 5"),
        ("max-decreased", FindingLevel.Err, "maximum or exclusiveMaximum was added or lowered", "maximum: 250 -> maximum: 100"),
        ("min-length-increased", FindingLevel.Err, "minLength was added or raised", "minLength: 0 -> minLength: 3"),
        ("max-length-decreased", FindingLevel.Err, "maxLength was added or lowered", "maxLength: 100 -> maxLength: 10"),
        ("pattern-added", FindingLevel.Err, "a pattern was added", "(none) -> pattern: ^[a-z]+$"),
        ("pattern-changed", FindingLevel.Err, "the pattern changed", "pattern: ^[a-z]+$ -> pattern: ^[a-z]{3}$"),
        ("min-items-increased", FindingLevel.Err, "minItems was added or raised", "minItems: 0 -> minItems: 1"),
        ("max-items-decreased", FindingLevel.Err, "maxItems was added or lowered", "maxItems: 50 -> maxItems: 10"),
        ("multiple-of-changed", FindingLevel.Err, "multipleOf was added or changed so that some accepted values are refused", "multipleOf: 1 -> multipleOf: 5"),
        ("default-changed", FindingLevel.Warn, "the default (what the server assumes when the client sends nothing) changed", "default: 10 -> default: 50"),
        ("one-of-removed", FindingLevel.Err, "a oneOf branch was removed", "oneOf: [A, B] -> oneOf: [A]"),
        ("any-of-removed", FindingLevel.Err, "an anyOf branch was removed", "anyOf: [A, B] -> anyOf: [A]"),
        ("discriminator-changed", FindingLevel.Err, "the discriminator's property name or mapping changed", "propertyName: kind -> propertyName: type"),
        ("additional-properties-tightened", FindingLevel.Err, "additionalProperties was set to false, or its schema's type no longer accepts what the base's did", "additionalProperties: true -> additionalProperties: false"),
    ];

    /// <summary>Response-side kinds: suffix, level, what changed, example.</summary>
    public static readonly (string Suffix, FindingLevel Level, string What, string Example)[] Response =
    [
        ("type-changed", FindingLevel.Err, "the type may now be one the base never answered", "type: string -> type: integer"),
        ("format-changed", FindingLevel.Err, "the format was removed or changed", "format: date-time -> format: date"),
        ("enum-value-added", FindingLevel.Warn, "an enum value was added (a client that switches over the values meets one it does not know)", "enum: [a, b] -> enum: [a, b, c]"),
        ("became-nullable", FindingLevel.Err, "null may now be answered", "type: string -> type: [string, 'null']"),
        ("one-of-added", FindingLevel.Err, "a oneOf branch was added", "oneOf: [A] -> oneOf: [A, B]"),
        ("any-of-added", FindingLevel.Err, "an anyOf branch was added", "anyOf: [A] -> anyOf: [A, B]"),
        ("discriminator-changed", FindingLevel.Err, "the discriminator's property name or mapping changed", "mapping: {a: A} -> mapping: {a: B}"),
        ("additional-properties-loosened", FindingLevel.Warn, "additionalProperties is no longer false, or its schema's type allows more than the base's (a client that maps the object to a fixed type meets members it does not know)", "additionalProperties: false -> (none)"),
    ];
}
