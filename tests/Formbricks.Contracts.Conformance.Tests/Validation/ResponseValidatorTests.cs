using Formbricks.Contracts.OpenApi;
using Formbricks.Contracts.Conformance;

namespace Formbricks.Contracts.Conformance.Tests.Validation;

/// <summary>The response validator on a document read from YAML: 3.0 <c>nullable</c>, and a broken pattern that gives an entry.</summary>
public sealed class ResponseValidatorTests
{
    private const string Yaml = """
        openapi: 3.0.3
        info: {title: Demo, version: '1'}
        paths:
          /things/{id}:
            get:
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [code]
                        properties:
                          note: {type: string, nullable: true}
                          code: {type: string, pattern: '([A-Z'}
        """;

    private static readonly Lazy<Microsoft.OpenApi.OpenApiDocument> Document = new(() =>
    {
        var read = SpecReader.Read("demo.yml", Yaml, CancellationToken.None);
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return read.Document!;
    });

    [Fact]
    public void A_3_0_nullable_property_accepts_null_and_a_plain_one_does_not()
    {
        var errors = ResponseValidator.Validate(Document.Value, "GET", "/things/1", 200, "application/json", """{"note":null,"code":null}""");

        var error = Assert.Single(errors);
        Assert.Equal(("/code", "expected string, got null"), (error.Pointer, error.Message));
    }

    [Fact]
    public void An_invalid_pattern_in_the_spec_gives_an_error_entry_and_the_other_rules_still_run()
    {
        var errors = ResponseValidator.Validate(Document.Value, "GET", "/things/1", 200, "application/json; charset=utf-8", """{"note":5,"code":"AB"}""")
            .Select(e => e.ToString())
            .ToList();

        Assert.True(errors.Count == 2, string.Join(" | ", errors));
        Assert.Contains("/note: expected null or string, got integer", errors);
        Assert.Contains(errors, e => e.StartsWith("/code: could not be checked: the schema's pattern ([A-Z is not a valid regular expression", StringComparison.Ordinal));
    }
}
