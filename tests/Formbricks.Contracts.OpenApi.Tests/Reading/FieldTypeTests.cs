using Formbricks.Contracts.OpenApi.Tests.Infrastructure;

namespace Formbricks.Contracts.OpenApi.Tests.Reading;

/// <summary>
/// Wrongly typed fields (issue 13 item 12): each one is reported at its own node with what to write instead, and the
/// rest of the document is still read. Before, Microsoft.OpenApi's reader threw on them and the whole document got
/// one generic error at line 1, column 1.
/// </summary>
public sealed class FieldTypeTests
{
    private const string Head = "openapi: 3.0.1\ninfo: {title: x, version: '1'}\n";

    /// <summary>A schema field (given as its YAML line), the field's name, and a piece of the expected message.</summary>
    public static TheoryData<string, string, string> SchemaFields() => new()
    {
        { "properties: {p: }", "properties/p", "'p' in 'properties' has no value" },
        { "properties: {p: t}", "properties/p", "'p' in 'properties' must be a mapping (or true or false), not 't'" },
        { "$ref: ''", "$ref", "'$ref' must be a reference" },
        { "$ref: 5", "$ref", "'$ref' must be a reference" },
        { "maxLength: 99999999999999999999", "maxLength", "whole number from 0 to 2147483647, not 99999999999999999999" },
        { "minLength: -1", "minLength", "whole number" },
        { "maxItems: 2.5", "maxItems", "whole number" },
        { "minProperties: NaN", "minProperties", "not 'NaN'" },
        { "maxProperties: {a: 1}", "maxProperties", "not a mapping" },
        { "minimum: .nan", "minimum", "finite number, not '.nan'" },
        { "maximum: .inf", "maximum", "finite number, not '.inf'" },
        { "multipleOf: -.Inf", "multipleOf", "finite number" },
        { "exclusiveMinimum: maybe", "exclusiveMinimum", "must be true or false in OpenAPI 3.0, not 'maybe'" },
        { "exclusiveMaximum: 5", "exclusiveMaximum", "must be true or false in OpenAPI 3.0, not 5 (a number here is OpenAPI 3.1)" },
        { "exclusiveMaximum: ", "exclusiveMaximum", "not an empty value" },
        { "nullable: \"yes\"", "nullable", "'nullable' must be true or false, not 'yes'" },
        { "deprecated: maybe", "deprecated", "'deprecated' must be true or false" },
        { "readOnly: 1", "readOnly", "must be true or false, not 1" },
        { "writeOnly: [true]", "writeOnly", "not a list" },
        { "uniqueItems: ", "uniqueItems", "not an empty value" },
        { "required: 'no'", "required", "a list of property names" },
        { "additionalProperties: maybe", "additionalProperties", "must be a schema" },
        { "items: ", "items", "must be a schema" },
        { "not: 5", "not", "must be a schema" },
        { "allOf: {type: string}", "allOf", "must be a list of schemas" },
        { "anyOf: [{type: string}, ~]", "anyOf/1", "entry has no value" },
        { "discriminator: {propertyName: kind, mapping: {a: ''}}", "discriminator/mapping/a", "'a' must map to a schema" },
        { "discriminator: {propertyName: kind, mapping: {b: }}", "discriminator/mapping/b", "not an empty value" },
    };

    [Theory]
    [MemberData(nameof(SchemaFields))]
    public void A_wrongly_typed_schema_field_is_reported_at_its_node_under_components(string field, string pointer, string message)
    {
        var text = Head + "paths: {}\ncomponents:\n  schemas:\n    S:\n      type: object\n      " + field + "\n    T: {type: string}\n";

        AssertReportedAt(text, "/components/schemas/S/" + pointer, line: 7, message);
    }

    [Theory]
    [MemberData(nameof(SchemaFields))]
    public void A_wrongly_typed_schema_field_is_reported_at_its_node_inline(string field, string pointer, string message)
    {
        var text = Head + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: object\n                " + field + "\n";

        AssertReportedAt(text, "/paths/~1a/get/responses/200/content/application~1json/schema/" + pointer, line: 12, message);
    }

    /// <summary>Fields of parameters, request bodies, servers and named maps, each in a whole document.</summary>
    public static TheoryData<string, string, int, string> OtherFields() => new()
    {
        {
            "paths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query, required: maybe, schema: {type: string}}\n      responses: {'200': {description: ok}}\n",
            "/paths/~1a/get/parameters/0/required", 6, "'required' must be true or false"
        },
        {
            "paths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query, explode: 'often', schema: {type: string}}\n      responses: {'200': {description: ok}}\n",
            "/paths/~1a/get/parameters/0/explode", 6, "'explode' must be true or false"
        },
        {
            "paths:\n  /a:\n    post:\n      requestBody:\n        required: 2\n        content: {application/json: {schema: {type: string}}}\n      responses: {'200': {description: ok}}\n",
            "/paths/~1a/post/requestBody/required", 6, "'required' must be true or false"
        },
        {
            "paths:\n  /a:\n    get:\n      parameters:\n        - \n      responses: {'200': {description: ok}}\n",
            "/paths/~1a/get/parameters/0", 6, "each entry must be a parameter"
        },
        {
            "paths:\n  /a:\n    get:\n      responses:\n        '200':\n",
            "/paths/~1a/get/responses/200", 6, "'200' in 'responses' has no value"
        },
        {
            "paths:\n  /a:\n    get:\n      responses:\n        '200': ok\n",
            "/paths/~1a/get/responses/200", 6, "'200' in 'responses' must be a mapping, not 'ok'. Write for example 200: {description: OK}"
        },
        {
            "servers:\n  - url: 'https://{host}'\n    variables:\n      host: example.com\npaths: {}\n",
            "/servers/0/variables/host", 5, "must be a mapping with a 'default' value"
        },
        {
            "paths: {}\ncomponents:\n  parameters:\n    required: {name: required, in: query, schema: {type: string}}\n    Empty:\n",
            "/components/parameters/Empty", 6, "'Empty' in 'parameters' has no value"
        },
    };

    [Theory]
    [MemberData(nameof(OtherFields))]
    public void A_wrongly_typed_field_elsewhere_is_reported_at_its_node(string body, string pointer, int line, string message)
    {
        AssertReportedAt(Head + body, pointer, line, message);
    }

    [Theory]
    [InlineData("exclusiveMinimum: 5", null)]
    [InlineData("exclusiveMaximum: high", "'exclusiveMaximum' must be true or false (OpenAPI 3.0) or a number (3.1), not 'high'")]
    [InlineData("exclusiveMinimum: .nan", "or a number (3.1), not '.nan'")]
    public void OpenApi_3_1_exclusive_bounds_are_numbers(string field, string? message)
    {
        var text = "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    S:\n      type: number\n      " + field + "\n";

        var result = SpecReader.Read("bounds.yaml", text, TestContext.Current.CancellationToken);

        if (message is null)
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Pointer.StartsWith("/components/schemas/S/exclusive", StringComparison.Ordinal));
        }
        else
        {
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Pointer.StartsWith("/components/schemas/S/exclusive", StringComparison.Ordinal));
            Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
            Assert.Equal(7, diagnostic.Span.StartLine);
        }
    }

    [Fact]
    public void A_quoted_boolean_is_read_and_gets_a_warning_at_its_node()
    {
        var text = Head + "paths:\n  /a:\n    get:\n      parameters:\n        - name: q\n          in: query\n          required: 'true'\n          schema: {type: string, nullable: \"false\"}\n      responses: {'200': {description: ok}}\n";

        var result = SpecReader.Read("quoted.yaml", text, TestContext.Current.CancellationToken);

        SpecAssert.NoErrors(result);
        Assert.Equal(2, result.Diagnostics.Length);
        Assert.All(result.Diagnostics, d => Assert.Equal(SpecDiagnosticKind.OpenApiWarning, d.Kind));
        var required = Assert.Single(result.Diagnostics, d => d.Pointer == "/paths/~1a/get/parameters/0/required");
        SpecAssert.At(required.Span, line: 8, column: 20);
        Assert.Contains("Write it without quotes: required: true", required.Message, StringComparison.Ordinal);
        Assert.True(result.Document!.Paths["/a"].Operations![System.Net.Http.HttpMethod.Get].Parameters![0].Required);
    }

    [Fact]
    public void Names_that_look_like_fields_are_not_checked_as_fields()
    {
        // Properties, parameters and examples named after schema keywords, and literal data holding any type.
        var text = Head + "paths: {}\ncomponents:\n  parameters:\n    required: {name: required, in: query, schema: {type: string}}\n  schemas:\n    S:\n      type: object\n      properties:\n        maxLength: {type: string}\n        nullable: {type: string, example: {minimum: .nan, deprecated: maybe}}\n        items: {type: integer, default: 'x', enum: [1, 'two'], x-extra: {maxItems: lots}}\n      example: {maxLength: huge}\n";

        var result = SpecReader.Read("names.yaml", text, TestContext.Current.CancellationToken);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Document!.Components!.Schemas!["S"].Properties!.Count);
    }

    private static void AssertReportedAt(string text, string pointer, int line, string message)
    {
        var result = SpecReader.Read("field.yaml", text, TestContext.Current.CancellationToken);

        var matches = result.Diagnostics.Where(d => d.Pointer == pointer).ToList();
        Assert.True(matches.Count == 1, $"Expected one diagnostic at {pointer}, got:\n{SpecAssert.Describe(result)}");
        var diagnostic = matches[0];
        Assert.Equal(SpecDiagnosticKind.InvalidOpenApi, diagnostic.Kind);
        Assert.Equal(line, diagnostic.Span.StartLine);
        Assert.True(diagnostic.Span.StartColumn > 0, diagnostic.ToString());
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Span.Offset == 0 || d.Message.Contains("could not", StringComparison.Ordinal));
        Assert.NotNull(result.Document);
    }
}
