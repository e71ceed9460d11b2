using System.Globalization;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>Spec shapes at the edges of the mapping (and the culture the compiler runs in): each still gives code that compiles, or a located diagnostic.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public void A_paged_operation_with_a_required_limit_compiles()
    {
        var yaml = PagedYaml.Replace("name: limit\n          in: query\n", "name: limit\n          in: query\n          required: true\n");
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var client = outcome.Output.GetTypeByMetadataName("Test.Api.TestClient")!;
        Assert.Single(client.GetMembers("EnumerateItemsAsync"));
    }

    [Fact]
    public void Operations_with_the_same_operation_id_are_numbered_before_the_async_suffix()
    {
        var yaml = PagedYaml + """
              /other:
                get:
                  operationId: getItems
                  responses:
                    '204':
                      description: Nothing.
            """;
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var client = outcome.Output.GetTypeByMetadataName("Test.Api.TestClient")!;
        Assert.Single(client.GetMembers("GetItemsAsync"));
        Assert.Single(client.GetMembers("GetItems2Async"));
    }

    [Fact]
    public void A_schema_that_is_a_reference_to_itself_is_a_located_warning_not_a_crash()
    {
        var yaml = Specs.MinimalYaml + "\n    Loop:\n      $ref: '#/components/schemas/Loop'\n    UsesLoop:\n      type: object\n      properties:\n        loop:\n          $ref: '#/components/schemas/Loop'\n";
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id is "FBC0007" or "CS8785");
        var warning = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FBC0005");
        Assert.Contains("Loop", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(24, warning.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void An_object_header_parameter_is_sent_as_a_string_with_a_warning_and_leaves_no_unused_type()
    {
        var yaml = PagedYaml.Replace(
            "        - name: skip\n",
            "        - name: filter\n          in: header\n          schema:\n            type: object\n            properties:\n              q:\n                type: string\n        - name: skip\n");
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        var warning = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("FBC0005", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.DoesNotContain(outcome.Sources, s => s.HintName.Contains("Filter", StringComparison.Ordinal));
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void An_external_reference_is_an_fbc0012_error_at_the_ref()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Specs.MinimalYaml.Replace("'#/components/schemas/Thing'", "'common.yml#/components/schemas/Thing'")));

        var error = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("FBC0012", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Equal(15, error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void Parameter_docs_escape_spec_text_but_keep_the_fallback_markup()
    {
        var yaml = PagedYaml.Replace(
            "        - name: skip\n",
            "        - name: q\n          in: query\n          description: Ids < 10 & <b>bold</b>\n          schema:\n            type: string\n        - name: skip\n");
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        var client = Assert.Single(outcome.Sources, s => s.HintName == "Test.Api.TestClient.g.cs").SourceText.ToString();
        Assert.Contains("/// <param name=\"q\">Ids &lt; 10 &amp; &lt;b&gt;bold&lt;/b&gt;</param>", client, StringComparison.Ordinal);
        Assert.Contains("/// <param name=\"skip\">The <c>skip</c> query parameter.</param>", client, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;c&gt;", client, StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Negative_integer_enum_values_are_read_invariantly_and_the_output_does_not_depend_on_the_culture()
    {
        var spec = Specs.Inline(Specs.MinimalYaml + "\n    Level:\n      type: integer\n      enum: [-5, 0, 3]\n");
        var invariant = GeneratorHarness.Run(spec).Joined();

        // A culture whose negative sign is not '-' (ICU cultures with U+2212 still parse '-', so a custom one that does not).
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NegativeSign = "~";
        var previous = CultureInfo.CurrentCulture;
        GeneratorOutcome outcome;
        try
        {
            CultureInfo.CurrentCulture = culture;
            outcome = GeneratorHarness.Run(spec);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var level = outcome.Output.GetTypeByMetadataName("Test.Api.Level")!;
        Assert.Equal("long", Assert.Single(level.GetMembers("Value").OfType<IPropertySymbol>()).Type.ToDisplayString());
        Assert.Contains("ValueMinus5 { get; } = new(-5L);", outcome.Joined(), StringComparison.Ordinal);
        Assert.Equal(invariant, outcome.Joined());
    }

    private const string PagedYaml = """
        openapi: 3.0.3
        info:
          title: Paged
          version: '1'
        paths:
          /items:
            get:
              operationId: getItems
              parameters:
                - name: limit
                  in: query
                  schema:
                    type: integer
                - name: skip
                  in: query
                  schema:
                    type: integer
              responses:
                '200':
                  description: Items.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          data:
                            type: array
                            items:
                              type: string

        """;
}
