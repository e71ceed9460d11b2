namespace Formbricks.Contracts.Drift.Tests.Rules;

/// <summary>One base/revision schema pair per schema rule kind, used at every place of its direction.</summary>
internal static class SchemaRuleCases
{
    public static readonly (string Suffix, string Base, string Revision)[] Request =
    [
        ("type-changed", "{type: integer}", "{type: string}"),
        ("format-changed", "{type: string}", "{type: string, format: uuid}"),
        ("enum-value-removed", "{type: string, enum: [a, b]}", "{type: string, enum: [a]}"),
        ("became-not-nullable", "{$N(string)}", "{type: string}"),
        ("min-increased", "{type: integer, minimum: 1}", "{type: integer, $XMIN(1)}"),
        ("max-decreased", "{type: integer, maximum: 250}", "{type: integer, maximum: 100}"),
        ("min-length-increased", "{type: string}", "{type: string, minLength: 3}"),
        ("max-length-decreased", "{type: string, maxLength: 100}", "{type: string, maxLength: 10}"),
        ("pattern-added", "{type: string}", "{type: string, pattern: '^[a-z]+$'}"),
        ("pattern-changed", "{type: string, pattern: '^[a-z]+$'}", "{type: string, pattern: '^[a-z]{3}$'}"),
        ("min-items-increased", "{type: array, items: {type: string}}", "{type: array, minItems: 1, items: {type: string}}"),
        ("max-items-decreased", "{type: array, maxItems: 50, items: {type: string}}", "{type: array, maxItems: 10, items: {type: string}}"),
        ("multiple-of-changed", "{type: integer, multipleOf: 2}", "{type: integer, multipleOf: 4}"),
        ("default-changed", "{type: integer, default: 10}", "{type: integer, default: 50}"),
        ("one-of-removed", "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}", "{oneOf: [{$ref: '#/components/schemas/A'}]}"),
        ("any-of-removed", "{anyOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}", "{anyOf: [{$ref: '#/components/schemas/A'}]}"),
        ("discriminator-changed", "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}], discriminator: {propertyName: kind}}", "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}], discriminator: {propertyName: type}}"),
        ("additional-properties-tightened", "{type: object, properties: {a: {type: string}}}", "{type: object, properties: {a: {type: string}}, additionalProperties: false}"),
    ];

    public static readonly (string Suffix, string Base, string Revision)[] Response =
    [
        ("type-changed", "{type: string}", "{type: integer}"),
        ("format-changed", "{type: string, format: date-time}", "{type: string, format: date}"),
        ("enum-value-added", "{type: string, enum: [a, b]}", "{type: string, enum: [a, b, c]}"),
        ("became-nullable", "{type: string}", "{$N(string)}"),
        ("one-of-added", "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}", "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}, {$ref: '#/components/schemas/C'}]}"),
        ("any-of-added", "{anyOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}", "{anyOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}, {$ref: '#/components/schemas/C'}]}"),
        ("discriminator-changed", "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}], discriminator: {propertyName: kind, mapping: {a: '#/components/schemas/A'}}}", "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}], discriminator: {propertyName: kind, mapping: {a: '#/components/schemas/B'}}}"),
        ("additional-properties-loosened", "{type: object, properties: {a: {type: string}}, additionalProperties: false}", "{type: object, properties: {a: {type: string}}}"),
    ];

    /// <summary>Places a schema goes, with the rule-id prefix it gets there.</summary>
    public static TestDocument Place(TestDocument document, string prefix, string schema) => prefix switch
    {
        "request-parameter" => document with { Param = schema },
        "request-body" => document with { RequestBody = schema },
        "request-property" => document with { RequestProperty = schema },
        "response-body" => document with { ResponseBody = schema },
        "response-property" => document with { ResponseProperty = schema },
        "response-header" => document with { ResponseHeaders = "X-Rate: {schema: " + schema + "}" },
        _ => throw new ArgumentOutOfRangeException(nameof(prefix), prefix, null),
    };
}
