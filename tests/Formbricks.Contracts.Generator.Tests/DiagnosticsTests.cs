using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>A broken spec gives an FBC diagnostic at the spec's file, line and column; the generator never throws.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public void Malformed_yaml_is_reported_where_the_parser_stopped_and_nothing_is_generated()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline("""
            openapi: 3.0.3
            info:
              title: Broken
              version: '1'
            paths:
              /things:
                get: [unclosed
                  responses: {}
            """));

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        AssertAt(diagnostic, "FBC0001", DiagnosticSeverity.Error, "/specs/inline.yml", line: 8, column: 16);
        Assert.Empty(outcome.Sources);
    }

    [Fact]
    public void An_unresolved_reference_is_reported_at_the_ref_and_the_rest_is_still_generated()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Specs.MinimalYaml.Replace("schemas/Thing'", "schemas/Thingy'")));

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        AssertAt(diagnostic, "FBC0004", DiagnosticSeverity.Error, "/specs/inline.yml", line: 15, column: 23);
        Assert.Contains("#/components/schemas/Thingy", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Thing", diagnostic.GetMessage()[(diagnostic.GetMessage().IndexOf("Thingy", StringComparison.Ordinal) + 6)..], StringComparison.Ordinal);

        var client = outcome.Output.GetTypeByMetadataName("Test.Api.TestClient");
        var method = Assert.Single(client!.GetMembers("GetThingsAsync").OfType<IMethodSymbol>());
        Assert.Equal("System.Threading.Tasks.Task<System.Text.Json.JsonElement>", method.ReturnType.ToDisplayString());
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Test.Api.Thing"));
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void A_document_that_is_not_openapi_3_is_reported()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline("swagger: '2.0'\ninfo:\n  title: Old\n  version: '1'\npaths: {}\n"));

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("FBC0002", diagnostic.Id);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(outcome.Sources);
    }

    [Fact]
    public void An_unsupported_parameter_location_is_a_warning_at_the_parameter()
    {
        var yaml = Specs.MinimalYaml.Replace("      operationId: getThings\n", "      operationId: getThings\n      parameters:\n        - name: session\n          in: cookie\n          schema:\n            type: string\n");
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        AssertAt(diagnostic, "FBC0005", DiagnosticSeverity.Warning, "/specs/inline.yml", line: 10, column: 11);
        Assert.Contains("cookie", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void An_invalid_namespace_option_is_reported_with_what_to_change()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Specs.MinimalYaml) with { Namespace = "My Company.Api" });

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("FBC0006", diagnostic.Id);
        Assert.Contains("Namespace", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(outcome.Sources);
    }

    [Fact]
    public void A_project_below_csharp_11_gets_one_clear_error_instead_of_broken_generated_code()
    {
        var old = GeneratorHarness.CreateCompilation().AddSyntaxTrees(
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
                "public class Existing { }",
                GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10),
                cancellationToken: TestContext.Current.CancellationToken));

        var run = GeneratorHarness.CreateDriver([Specs.PetStore()]).RunGenerators(old, TestContext.Current.CancellationToken).GetRunResult();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("FBC0008", diagnostic.Id);
        Assert.Contains("C# 10.0", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("LangVersion", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.GeneratedTrees);
    }

    [Fact]
    public void A_project_without_system_text_json_gets_one_clear_error()
    {
        var bare = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Bare",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public class Existing { }", GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);

        var run = GeneratorHarness.CreateDriver([Specs.PetStore()]).RunGenerators(bare, TestContext.Current.CancellationToken).GetRunResult();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("FBC0009", diagnostic.Id);
        Assert.Contains("System.Text.Json.Utf8JsonReader", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.GeneratedTrees);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("openapi: 3.1.0")]
    [InlineData("openapi: 3.0.0\ninfo: 7\npaths: []\n")]
    [InlineData("{\"openapi\": \"3.1.0\", \"paths\": {\"/x\": {\"get\": {\"responses\": {\"200\": {\"$ref\": \"#/nope\"}}}}}}")]
    [InlineData("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a/{id}:\n    get:\n      parameters: [{name: id, in: path}]\n      responses: {'200': {description: x, content: {application/json: {schema: {type: [string, integer, 'null'], oneOf: [{}, {type: 'null'}]}}}}}\n")]
    [InlineData("\t\u0001\u0002 garbage :: - [ {")]
    public void Garbage_never_makes_the_generator_throw_and_gets_a_located_diagnostic(string text)
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(text));

        Assert.All(outcome.RunResult.Results, result => Assert.Null(result.Exception));
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id is "CS8785" or "FBC0007");
        Assert.DoesNotContain(outcome.CompilationProblems, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(
            outcome.GeneratorDiagnostics,
            d => d.Id.StartsWith("FBC", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning
                && d.Location.Kind == LocationKind.ExternalFile && d.Location.GetLineSpan().Path == "/specs/inline.yml");
    }

    private static void AssertAt(Diagnostic diagnostic, string id, DiagnosticSeverity severity, string path, int line, int column)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains($"({line},{column})", diagnostic.ToString(), StringComparison.Ordinal);
    }
}
