using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>Every generated output compiles, with nullable and XML-doc checks on, without a single warning.</summary>
public sealed class CompilationTests
{
    [Theory]
    [InlineData("canonical")]
    [InlineData("petstore-30")]
    [InlineData("library-31")]
    public void Generated_code_compiles_without_warnings(string spec)
    {
        var outcome = GeneratorHarness.Run(Specs.Named(spec));

        Assert.NotEmpty(outcome.Sources);
        Assert.Empty(outcome.GeneratorDiagnostics.Select(d => d.ToString()));
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void The_harness_reports_warning_wave_warnings_as_a_real_sdk_build_does()
    {
        // CS8981 (a lower-case type name) is a warning-wave-5 warning: reported only from warning level 5 on.
        var outcome = GeneratorHarness.Run([Specs.PetStore()], ["/// <summary>x</summary>\npublic class lowercase { }"]);

        Assert.Contains(outcome.CompilationProblems, d => d.Id == "CS8981");
    }

    [Theory]
    [InlineData("formbricks-v1.openapi.json")]
    [InlineData("formbricks-v2.openapi.yml")]
    [InlineData("formbricks-v3.openapi.yml")]
    public void Official_Formbricks_documents_generate_clients_without_errors_or_warnings(string fileName)
    {
        var path = RepositoryFiles.Upstream(fileName);
        var outcome = GeneratorHarness.Run(SpecFile.FromDisk(path, "Formbricks.Upstream", "FormbricksClient"));

        Assert.True(outcome.Sources.Count > 20, $"only {outcome.Sources.Count} files generated");
        Assert.Empty(outcome.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_operation_of_the_canonical_spec_has_a_typed_method_and_there_are_no_others()
    {
        var spec = Specs.Canonical();
        var read = Formbricks.Contracts.OpenApi.SpecReader.Read(spec.Path, spec.Text, TestContext.Current.CancellationToken);
        Assert.NotNull(read.Document);
        var operationIds = read.Document.Paths.Values
            .SelectMany(path => path.Operations is { } operations ? operations.Values.AsEnumerable() : [])
            .Select(operation => operation.OperationId)
            .ToList();
        Assert.True(operationIds.Count >= 20, $"only {operationIds.Count} operations read from the spec");
        Assert.All(operationIds, id => Assert.False(string.IsNullOrEmpty(id), "an operation of the canonical spec has no operationId"));

        var outcome = GeneratorHarness.Run(spec);
        var client = outcome.Output.GetTypeByMetadataName("Formbricks.Api.FormbricksClient");
        Assert.NotNull(client);
        var methods = client.GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.Name.StartsWith("Enumerate", StringComparison.Ordinal))
            .Select(m => m.Name)
            .ToHashSet();

        var expected = operationIds.Select(id => char.ToUpperInvariant(id![0]) + id[1..] + "Async").ToHashSet();
        Assert.Equal(operationIds.Count, expected.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), methods.Order(StringComparer.Ordinal));
        Assert.Contains("EnumerateContactLinksBySegmentAsync", client.GetMembers().Select(m => m.Name));
    }

    [Fact]
    public void Two_specs_in_one_project_generate_side_by_side_in_their_own_namespaces()
    {
        var outcome = GeneratorHarness.Run(Specs.PetStore(), Specs.Library(), Specs.Canonical());

        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Fixtures.PetStore.PetStoreClient"));
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Fixtures.Library.LibraryClient"));
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Formbricks.Api.FormbricksClient"));
    }

    [Fact]
    public void With_Microsoft_Extensions_Http_referenced_the_DI_registration_is_generated_and_compiles()
    {
        const string usage = """
            using Microsoft.Extensions.DependencyInjection;
            using Fixtures.PetStore;

            /// <summary>A consumer's start-up code.</summary>
            public static class Startup
            {
                /// <summary>Registers the client twice over.</summary>
                /// <param name="services">The services.</param>
                /// <param name="configuration">The configuration.</param>
                public static void Configure(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
                {
                    services.AddPetStoreClient(options => options.ApiKey = "key");
                    services.AddPetStoreClient(configuration.GetSection("PetStore"));
                }
            }
            """;
        var outcome = GeneratorHarness.Run([Specs.PetStore()], [usage], GeneratorHarness.HostingReferences.Value);

        Assert.Contains(outcome.Sources, s => s.HintName == "Fixtures.PetStore.PetStoreClientServiceCollectionExtensions.g.cs");
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Without_Microsoft_Extensions_Http_no_DI_registration_is_generated()
    {
        var outcome = GeneratorHarness.Run(Specs.PetStore());

        Assert.DoesNotContain(outcome.Sources, s => s.HintName.EndsWith("ServiceCollectionExtensions.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_without_the_opt_in_metadata_is_ignored()
    {
        var outcome = GeneratorHarness.Run(Specs.PetStore() with { OptIn = false });

        Assert.Empty(outcome.Sources);
        Assert.Empty(outcome.GeneratorDiagnostics);
    }
}
