using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// Two specs with the same <c>ClientName</c> in two namespaces: each registration also has a namespace-qualified name
/// (<c>AddFirstApiTestClient</c>), so both can be registered with both namespaces imported, and each client has its
/// own named <c>HttpClient</c> (<c>First.Api.TestClient</c>), so a handler added to one does not apply to the other.
/// </summary>
public sealed class RegistrationNameTests
{
    private const string Usage = """
        using First.Api;
        using Second.Api;
        using Microsoft.Extensions.DependencyInjection;

        /// <summary>Registers both clients.</summary>
        public static class Startup
        {
            /// <summary>Registers both clients.</summary>
            /// <param name="services">The services.</param>
            /// <param name="configuration">The configuration.</param>
            /// <returns>The two builders.</returns>
            public static IHttpClientBuilder[] Configure(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration) =>
            [
                services.AddFirstApiTestClient(options => options.BaseAddress = new System.Uri("https://first.example.com/")),
                services.AddSecondApiTestClient(configuration),
            ];
        }
        """;

    [Fact]
    public void Two_clients_of_one_name_in_two_imported_namespaces_register_side_by_side_with_their_own_http_clients()
    {
        var first = Specs.Inline(Specs.MinimalYaml, "/specs/first.yml") with { Namespace = "First.Api" };
        var second = Specs.Inline(Specs.MinimalYaml, "/specs/second.yml") with { Namespace = "Second.Api" };

        var outcome = GeneratorHarness.Run([first, second], [Usage], GeneratorHarness.HostingReferences.Value);

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var configure = GeneratedAssembly.Load(outcome).GetType("Startup", throwOnError: true)!.GetMethod("Configure")!;
        var services = new ServiceCollection();
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        var builders = (IHttpClientBuilder[])configure.Invoke(null, [services, configuration])!;
        Assert.Equal(["First.Api.TestClient", "Second.Api.TestClient"], builders.Select(b => b.Name));
    }
}
