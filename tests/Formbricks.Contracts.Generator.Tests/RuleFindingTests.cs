using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>Microsoft.OpenApi rule findings on a document the generator can read are warnings, and generation finishes (issue 13, item 5).</summary>
public sealed class RuleFindingTests
{
    [Fact]
    public void A_discriminator_on_an_array_is_a_warning_with_the_schema_name_and_the_client_compiles()
    {
        var yaml = Specs.MinimalYaml + "\n" + """
                Pets:
                  type: array
                  discriminator:
                    propertyName: kind
                  items:
                    type: object
                    properties:
                      kind: {type: string}

            """;
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        var warning = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("FBC0003", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("Schema 'Pets' must contain property specified in the discriminator kind", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("/specs/inline.yml", warning.Location.GetLineSpan().Path);
        Assert.True(warning.Location.GetLineSpan().StartLinePosition.Line > 0);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Test.Api.TestClient"));
    }

    [Fact]
    public void Pattern_properties_in_a_3_0_document_do_not_stop_the_build()
    {
        var yaml = Specs.MinimalYaml + "\n" + """
                Bag:
                  type: object
                  patternProperties:
                    '^x-': {type: string}

            """;
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        var warning = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("FBC0003", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("patternProperties is not a valid property", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Test.Api.TestClient"));
    }
}
