using Formbricks.Contracts.OpenApi.Tests.Infrastructure;

namespace Formbricks.Contracts.OpenApi.Tests.Reading;

/// <summary>Every $ref is checked against the tree: local ones must resolve, external ones are unsupported.</summary>
public sealed class ReferenceTests
{
    private const string Template = """
        openapi: 3.1.0
        info: {title: Demo, version: '1'}
        paths:
          /surveys:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: 'REF'
        components:
          schemas:
            Survey:
              type: object
              properties:
                name: {type: string}

        """;

    private static SpecReadResult ReadWith(string reference) =>
        SpecReader.Read("refs.yaml", Template.Replace("REF", reference), TestContext.Current.CancellationToken);

    [Fact]
    public void Resolving_reference_gives_no_diagnostic_and_a_linked_schema()
    {
        var result = ReadWith("#/components/schemas/Survey");

        Assert.Empty(result.Diagnostics);
        var schema = result.Document!.Paths["/surveys"].Operations![HttpMethod.Get].Responses!["200"].Content!["application/json"].Schema;
        Assert.Equal(Microsoft.OpenApi.JsonSchemaType.Object, schema!.Type);
    }

    [Fact]
    public void Misspelt_reference_is_an_error_at_the_ref_value_with_a_suggestion()
    {
        var result = ReadWith("#/components/schemas/Survy");

        var error = SpecAssert.Single(result, SpecDiagnosticKind.UnresolvedReference);
        Assert.Equal(SpecDiagnosticSeverity.Error, error.Severity);
        Assert.Equal("/paths/~1surveys/get/responses/200/content/application~1json/schema/$ref", error.Pointer);
        SpecAssert.At(error.Span, line: 11, column: 22, offset: 228, length: 28);
        Assert.StartsWith(
            "'#/components/schemas/Survy' does not resolve; did you mean '#/components/schemas/Survey'?",
            error.Message,
            StringComparison.Ordinal);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void Reference_without_a_close_name_lists_what_exists()
    {
        var result = ReadWith("#/components/responses/Survey");

        var error = SpecAssert.Single(result, SpecDiagnosticKind.UnresolvedReference);
        Assert.Contains("has no 'responses'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'schemas'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_tokens_in_references_are_evaluated_per_RFC_6901()
    {
        var text = Template.Replace("REF", "#/paths/~1surveys/get/responses/200/content/application~1json/schema")
            .Replace("type: object", "type: object\n      x-a/b~c: 1");

        var result = SpecReader.Read("refs.yaml", text, TestContext.Current.CancellationToken);

        // It resolves (no UnresolvedReference), but the object model only links whole components.
        Assert.DoesNotContain(result.Diagnostics, d => d.Kind == SpecDiagnosticKind.UnresolvedReference);
        var unsupported = SpecAssert.Single(result, SpecDiagnosticKind.UnsupportedConstruct);
        Assert.Contains("whole component", unsupported.Message, StringComparison.Ordinal);
        Assert.True(result.SourceMap.TryGetKeySpan("/components/schemas/Survey/x-a~1b~0c", out var key));
        Assert.Equal("x-a/b~c", SpecAssert.Slice(text, key));
    }

    [Fact]
    public void External_reference_is_unsupported()
    {
        var result = ReadWith("./common.yaml#/components/schemas/Survey");

        var error = SpecAssert.Single(result, SpecDiagnosticKind.UnsupportedConstruct);
        Assert.Equal(SpecDiagnosticSeverity.Error, error.Severity);
        SpecAssert.At(error.Span, line: 11, column: 22);
        Assert.Contains("external references are not supported; inline the referenced document", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Kind == SpecDiagnosticKind.UnresolvedReference);
    }

    [Fact]
    public void References_inside_examples_and_extensions_are_data_not_references()
    {
        var text = Template.Replace("REF", "#/components/schemas/Survey")
            .Replace("name: {type: string}", "name: {type: string, example: {$ref: '#/nowhere'}}\n      x-note: {$ref: 'elsewhere.yaml'}");
        Assert.Contains("example: {$ref: '#/nowhere'}", text, StringComparison.Ordinal);
        Assert.Contains("x-note: {$ref: 'elsewhere.yaml'}", text, StringComparison.Ordinal);

        var result = SpecReader.Read("refs.yaml", text, TestContext.Current.CancellationToken);

        Assert.NotNull(result.Document);
        SpecAssert.NoErrors(result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Kind is SpecDiagnosticKind.UnresolvedReference or SpecDiagnosticKind.UnsupportedConstruct);
        var survey = result.Document.Components!.Schemas!["Survey"];
        Assert.True(survey.Properties!.ContainsKey("name"));
        Assert.True(survey.Extensions!.ContainsKey("x-note"));
    }

    [Fact]
    public void A_property_named_default_is_still_checked()
    {
        var text = Template.Replace("REF", "#/components/schemas/Survey")
            .Replace("name: {type: string}", "default: {$ref: '#/components/schemas/Missing'}");

        var result = SpecReader.Read("refs.yaml", text, TestContext.Current.CancellationToken);

        var error = SpecAssert.Single(result, SpecDiagnosticKind.UnresolvedReference);
        Assert.Equal("/components/schemas/Survey/properties/default/$ref", error.Pointer);
    }
}
