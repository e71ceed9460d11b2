using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// What would give two generated files one hint name (which the compiler turns into a CS8785 crash) is a located
/// diagnostic or a renamed type instead: two specs in one namespace, two default namespaces that come out equal, and
/// schema names that differ only in case.
/// </summary>
public sealed class NamespaceClashTests
{
    [Fact]
    public void Two_specs_with_the_same_namespace_give_fbc0010_on_the_second_and_the_first_is_generated()
    {
        var petStore = Specs.PetStore() with { Namespace = "Shared.Api" };
        var library = Specs.Library() with { Namespace = "Shared.Api" };

        var outcome = GeneratorHarness.Run([petStore, library], []);

        AssertNoCrash(outcome);
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("FBC0010", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(library.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(petStore.Path, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Shared.Api.PetStoreClient"));
        Assert.Null(outcome.Output.GetTypeByMetadataName("Shared.Api.LibraryClient"));
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Namespaces_that_differ_only_in_case_clash_too()
    {
        var first = Specs.Inline(Specs.MinimalYaml, "/specs/first.yml") with { Namespace = "My.Api", ClientName = "FirstClient" };
        var second = Specs.Inline(Specs.MinimalYaml, "/specs/second.yml") with { Namespace = "my.api", ClientName = "SecondClient" };

        var outcome = GeneratorHarness.Run([first, second], []);

        AssertNoCrash(outcome);
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("FBC0010", diagnostic.Id);
        Assert.Equal("/specs/second.yml", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Two_specs_whose_default_namespaces_are_equal_give_fbc0010_naming_the_first()
    {
        var v1 = Specs.Inline(Specs.MinimalYaml, "/repo/spec/v1/openapi.yml") with { Namespace = null, ClientName = null };
        var v2 = Specs.Inline(Specs.MinimalYaml.Replace("title: Minimal", "title: Minimal v2"), "/repo/spec/v2/openapi.yml") with { Namespace = null, ClientName = null };
        var compilation = GeneratorHarness.CreateCompilation();

        var driver = GeneratorHarness.CreateDriver([v1, v2], new Dictionary<string, string> { ["build_property.RootNamespace"] = "MyApp" })
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics, TestContext.Current.CancellationToken);
        var outcome = new GeneratorOutcome(driver.GetRunResult(), output, driverDiagnostics);

        AssertNoCrash(outcome);
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("FBC0010", diagnostic.Id);
        Assert.Equal("/repo/spec/v2/openapi.yml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal((0, 0), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("\"MyApp.Openapi\"", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("/repo/spec/v1/openapi.yml", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.NotNull(output.GetTypeByMetadataName("MyApp.Openapi.OpenapiClient"));
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Schema_names_that_differ_only_in_case_become_distinct_types_with_distinct_hint_names()
    {
        var yaml = Specs.MinimalYaml + """

                URL:
                  type: object
                  properties:
                    href:
                      type: string
                Url:
                  type: object
                  properties:
                    link:
                      $ref: '#/components/schemas/URL'
            """;

        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        AssertNoCrash(outcome);
        Assert.Empty(outcome.GeneratorDiagnostics);
        var hintNames = outcome.Sources.Select(s => s.HintName).ToList();
        Assert.Equal(hintNames.Count, hintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("Test.Api.Url.g.cs", hintNames, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Test.Api.Url2.g.cs", hintNames);
        var second = outcome.Output.GetTypeByMetadataName("Test.Api.Url2");
        Assert.NotNull(second);
        Assert.Equal("Test.Api.URL?", Assert.Single(second!.GetMembers("Link").OfType<IPropertySymbol>()).Type.ToDisplayString());
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    private static void AssertNoCrash(GeneratorOutcome outcome)
    {
        Assert.All(outcome.RunResult.Results, result => Assert.Null(result.Exception));
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id is "CS8785" or "FBC0007");
    }
}
