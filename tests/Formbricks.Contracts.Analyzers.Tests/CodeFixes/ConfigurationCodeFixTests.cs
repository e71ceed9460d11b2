using System.Collections.Immutable;
using Formbricks.Contracts.Analyzers.CodeFixes;
using Formbricks.Contracts.Analyzers.Rules;
using Formbricks.Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using KeyVerifier = Formbricks.Contracts.Analyzers.Tests.Infrastructure.Verify<Formbricks.Contracts.Analyzers.Rules.HardCodedApiKeyAnalyzer>;

namespace Formbricks.Contracts.Analyzers.Tests.CodeFixes;

/// <summary>
/// FBC0101's second fix: read the key from an <c>IConfiguration</c> in scope. The reference assemblies of the tests do
/// not hold Microsoft.Extensions.Configuration, so each source declares the interface under its real name (the fix
/// looks it up by metadata name, as it would find the package's).
/// </summary>
public sealed class ConfigurationCodeFixTests
{
    private const string ConfigurationFix = nameof(HardCodedApiKeyCodeFix) + ".Configuration";
    private const string EnvironmentFix = nameof(HardCodedApiKeyCodeFix);

    private const string ConfigurationStub = """
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string? this[string key] { get; set; } }
            public interface IConfigurationRoot : IConfiguration { }
        }
        """;

    private const string ThrowText = "Set Formbricks:ApiKey in the configuration (the environment variable Formbricks__ApiKey, for example) to the Formbricks API key.";

    [Fact]
    public Task A_configuration_parameter_is_read() =>
        KeyVerifier.CodeFix<HardCodedApiKeyCodeFix>(
            ConfigurationStub + """

            namespace App
            {
                using Formbricks.Api;
                using Microsoft.Extensions.Configuration;
                class C
                {
                    FormbricksClientOptions M(IConfiguration settings) => new FormbricksClientOptions { ApiKey = {|#0:"secret"|} };
                }
            }
            """,
            KeyVerifier.Diagnostic(DiagnosticCatalog.HardCodedApiKey).WithLocation(0).WithArguments("The API key of FormbricksClientOptions is a constant"),
            ConfigurationStub + $$"""

            namespace App
            {
                using Formbricks.Api;
                using Microsoft.Extensions.Configuration;
                class C
                {
                    FormbricksClientOptions M(IConfiguration settings) => new FormbricksClientOptions { ApiKey = settings["Formbricks:ApiKey"] ?? throw new System.InvalidOperationException("{{ThrowText}}") };
                }
            }
            """,
            ConfigurationFix);

    [Fact]
    public Task The_configuration_property_of_a_builder_is_read() =>
        KeyVerifier.CodeFix<HardCodedApiKeyCodeFix>(
            ConfigurationStub + """

            namespace App
            {
                using System;
                using Formbricks.Api;
                using Microsoft.Extensions.Configuration;
                sealed class Builder { public IConfigurationRoot Configuration { get; } = null!; }
                class C
                {
                    FormbricksClientOptions M()
                    {
                        var builder = new Builder();
                        return new FormbricksClientOptions { ApiKey = {|#0:"secret"|} };
                    }
                }
            }
            """,
            KeyVerifier.Diagnostic(DiagnosticCatalog.HardCodedApiKey).WithLocation(0).WithArguments("The API key of FormbricksClientOptions is a constant"),
            ConfigurationStub + $$"""

            namespace App
            {
                using System;
                using Formbricks.Api;
                using Microsoft.Extensions.Configuration;
                sealed class Builder { public IConfigurationRoot Configuration { get; } = null!; }
                class C
                {
                    FormbricksClientOptions M()
                    {
                        var builder = new Builder();
                        return new FormbricksClientOptions { ApiKey = builder.Configuration["Formbricks:ApiKey"] ?? throw new InvalidOperationException("{{ThrowText}}") };
                    }
                }
            }
            """,
            ConfigurationFix);

    [Fact]
    public async Task The_environment_fix_is_offered_beside_it_and_first_comes_the_configuration()
    {
        var titles = await ActionsFor("""
            using Formbricks.Api;
            using Microsoft.Extensions.Configuration;
            class C
            {
                FormbricksClientOptions M(IConfiguration configuration) => new FormbricksClientOptions { ApiKey = "secret" };
            }
            """);

        Assert.Equal([ConfigurationFix, EnvironmentFix], titles);
    }

    [Theory]
    [InlineData("no configuration anywhere", """
        using Formbricks.Api;
        class C { FormbricksClientOptions M(string configuration) => new FormbricksClientOptions { ApiKey = "secret" }; }
        """)]
    [InlineData("an instance field read from a static method", """
        using Formbricks.Api;
        using Microsoft.Extensions.Configuration;
        class C
        {
            private readonly IConfiguration _configuration = null!;
            static FormbricksClientOptions M() => new FormbricksClientOptions { ApiKey = "secret" };
        }
        """)]
    [InlineData("an instance property read from a field initializer", """
        using Formbricks.Api;
        using Microsoft.Extensions.Configuration;
        class C
        {
            public IConfiguration Configuration { get; } = null!;
            private readonly FormbricksClientOptions _options = new FormbricksClientOptions { ApiKey = "secret" };
        }
        """)]
    [InlineData("a local declared after the key", """
        using Formbricks.Api;
        using Microsoft.Extensions.Configuration;
        class C
        {
            FormbricksClientOptions M()
            {
                var options = new FormbricksClientOptions { ApiKey = "secret" };
                IConfiguration later = null!;
                return options;
            }
        }
        """)]
    public async Task Without_a_readable_configuration_only_the_environment_fix_is_offered(string why, string source)
    {
        var offered = await ActionsFor(source);

        Assert.True(offered.SequenceEqual([EnvironmentFix]), $"{why}: offered {string.Join(", ", offered)}");
    }

    [Fact]
    public async Task A_parameter_in_scope_wins_over_the_local_declared_after_the_key()
    {
        var titles = await TitlesFor("""
            using Formbricks.Api;
            using Microsoft.Extensions.Configuration;
            class C
            {
                FormbricksClientOptions M(IConfigurationRoot root)
                {
                    var options = new FormbricksClientOptions { ApiKey = "secret" };
                    IConfiguration later = root;
                    return options;
                }
            }
            """);

        Assert.Contains("Read the key from root[\"Formbricks:ApiKey\"]", titles);
    }

    private static async Task<ImmutableArray<string>> ActionsFor(string source) =>
        (await Offered(source)).Select(a => a.EquivalenceKey ?? "").ToImmutableArray();

    private static async Task<ImmutableArray<string>> TitlesFor(string source) =>
        (await Offered(source)).Select(a => a.Title).ToImmutableArray();

    /// <summary>Runs the analyzer over the source plus the canonical client, then asks the fix what it offers.</summary>
    private static async Task<ImmutableArray<CodeAction>> Offered(string source)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("App", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithNullableContextOptions(NullableContextOptions.Enable))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .AddMetadataReferences(Infrastructure.GeneratedSources.RuntimeReferences.Value);
        foreach (var (name, text) in Infrastructure.GeneratedSources.Canonical)
        {
            project = project.AddDocument(name, text).Project;
        }

        project = project.AddDocument("Stub.cs", SourceText.From(ConfigurationStub)).Project;
        var document = project.AddDocument("Test.cs", SourceText.From(source));
        var compilation = (await document.Project.GetCompilationAsync(TestContext.Current.CancellationToken))!;
        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation.WithAnalyzers([new HardCodedApiKeyAnalyzer()])
            .GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == DiagnosticCatalog.HardCodedApiKey.Id && d.Location.SourceTree?.FilePath == "Test.cs");

        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), TestContext.Current.CancellationToken);
        await new HardCodedApiKeyCodeFix().RegisterCodeFixesAsync(context);
        return actions.ToImmutable();
    }
}
