using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// The ids that took over the cases FBC0001 and FBC0005 used to report at their other severity (FBC0011–0013):
/// each at its node, with its own message format filled in, and generation going on.
/// </summary>
public sealed class SplitDiagnosticsTests
{
    [Fact]
    public void A_second_yaml_document_is_an_fbc0011_warning_at_its_marker_with_the_line_in_the_message()
    {
        var yaml = Specs.MinimalYaml + "\n---\nsecond: document\n";
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        var line = yaml.Split('\n').ToList().IndexOf("---") + 1;
        AssertAt(diagnostic, "FBC0011", DiagnosticSeverity.Warning, line, column: 1);
        Assert.Equal(
            $"The spec file holds more than one YAML document (the next one starts at line {line}); only the first is read. Remove the other documents or move them to their own files.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(outcome.Sources);
    }

    [Fact]
    public void An_anchor_reference_is_an_fbc0012_error_at_the_ref_and_the_rest_is_generated()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Specs.MinimalYaml.Replace("'#/components/schemas/Thing'", "'#Thing'")));

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        AssertAt(diagnostic, "FBC0012", DiagnosticSeverity.Error, line: 15, column: 23);
        Assert.StartsWith("Unsupported $ref: '#Thing' refers to a named anchor", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(outcome.Sources, s => s.HintName == "Test.Api.TestClient.g.cs");
    }

    [Fact]
    public void Openapi_3_2_is_an_fbc0013_warning_at_the_version_that_names_it()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Specs.MinimalYaml.Replace("openapi: 3.0.3", "openapi: 3.2.0")));

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        AssertAt(diagnostic, "FBC0013", DiagnosticSeverity.Warning, line: 1, column: 10);
        Assert.Equal(
            "The spec declares OpenAPI 3.2.0; it is read as 3.1 and features new in 3.2 are ignored. Use 'openapi: 3.1.1' unless you need them.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    private static void AssertAt(Diagnostic diagnostic, string id, DiagnosticSeverity severity, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((id, severity, "/specs/inline.yml"), (diagnostic.Id, diagnostic.Severity, span.Path));
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
