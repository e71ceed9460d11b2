using System.Collections.Immutable;
using Formbricks.Contracts.Analyzers.Rules;
using Formbricks.Contracts.Analyzers.Tests.Infrastructure;
using Formbricks.Contracts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Formbricks.Contracts.Analyzers.Tests;

/// <summary>
/// The real generator and every analyzer in one compilation, as a build runs them: the generator's attributes are
/// really in the compilation and the analyzers report from them; without a spec, no analyzer registers an action.
/// </summary>
public sealed class GeneratorAndAnalyzersTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> All =
    [
        new ConstantOutOfRangeAnalyzer(), new HardCodedApiKeyAnalyzer(), new ManualPagingLoopAnalyzer(),
        new PerItemCallInLoopAnalyzer(), new SunsetOperationAnalyzer(), new UnknownFakeOperationAnalyzer(),
    ];

    private const string UserCode = """
        using System.Threading.Tasks;
        using Formbricks.Api;

        public static class Usage
        {
            public static Task Call(FormbricksClient client) => client.GetSurveysAsync(limit: 500);

            public static FormbricksClientOptions Options() => new() { ApiKey = "fbk_0123456789abcdefghijKLMNOP" };
        }
        """;

    [Fact]
    public async Task The_analyzers_report_on_user_code_from_the_attributes_the_generator_emitted()
    {
        var compilation = Generate(withSpec: true);

        Assert.NotNull(compilation.GetTypeByMetadataName("Formbricks.Api.FormbricksConstraintAttribute"));
        var limit = compilation.GetTypeByMetadataName("Formbricks.Api.FormbricksClient")!
            .GetMembers("GetSurveysAsync").OfType<IMethodSymbol>().Single().Parameters.Single(p => p.Name == "limit");
        Assert.Contains(limit.GetAttributes(), a => a.AttributeClass?.Name == "FormbricksConstraintAttribute");
        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation.WithAnalyzers(All).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["FBC0100", "FBC0101"], diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal("Usage.cs", d.Location.GetLineSpan().Path));
        Assert.Contains("maximum: 250 (spec/formbricks.openapi.yml(", diagnostics.Single(d => d.Id == "FBC0100").GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_opted_in_spec_no_analyzer_registers_an_action()
    {
        var compilation = Generate(withSpec: false);
        var analyzed = compilation.WithAnalyzers(All, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));

        var diagnostics = await analyzed.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);

        Assert.Empty(diagnostics);
        foreach (var analyzer in All)
        {
            var telemetry = await analyzed.GetAnalyzerTelemetryInfoAsync(analyzer, TestContext.Current.CancellationToken);
            Assert.Equal(1, telemetry.CompilationStartActionsCount);
            Assert.Equal(0, telemetry.OperationActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.SymbolActionsCount);
        }
    }

    private static Compilation Generate(bool withSpec)
    {
        var userCode = withSpec ? UserCode : "public static class Usage { public static string Key() => \"fbk_0123456789abcdefghijKLMNOP\"; }";
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(userCode, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: "Usage.cs")],
            GeneratedSources.RuntimeReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var spec = RepositoryFiles.CanonicalSpec;
        AdditionalText[] texts = withSpec ? [new SpecText(spec, File.ReadAllText(spec))] : [];
        var driver = CSharpGeneratorDriver.Create(
            [new OpenApiClientGenerator().AsSourceGenerator()],
            texts,
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            new SpecOptionsProvider(spec, "Formbricks.Api", "FormbricksClient"));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _, TestContext.Current.CancellationToken);
        return output;
    }
}
