using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Formbricks.Contracts.Generator;
using Formbricks.Contracts.OpenApi;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>4a. SpecReader.Read(path, text) on the canonical spec and on the official Formbricks v2 document (text already in memory).</summary>
[MemoryDiagnoser]
public class SpecReadBenchmarks
{
    public const string Canonical = "canonical spec/formbricks.openapi.yml";
    public const string UpstreamV2 = "official formbricks-v2.openapi.yml";

    private string _path = null!;
    private string _text = null!;

    /// <summary>The official Formbricks v2 document beside the repository (may be absent).</summary>
    private static string UpstreamV2Spec => Path.Combine(RepositoryRoot.UpstreamDirectory, "formbricks-v2.openapi.yml");

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = Canonical;

    public static IEnumerable<string> Specs()
    {
        yield return Canonical;
        if (File.Exists(UpstreamV2Spec))
        {
            yield return UpstreamV2;
        }
        else
        {
            Console.WriteLine($"// SKIPPED: {UpstreamV2Spec} is absent, the official v2 document is not measured.");
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _path = Spec == UpstreamV2 ? UpstreamV2Spec : RepositoryRoot.CanonicalSpec;
        _text = File.ReadAllText(_path);
        var result = SpecReader.Read(_path, _text);
        Console.WriteLine($"// {_path}: {_text.Length:N0} chars, {result.Document?.Paths.Count ?? 0} paths, {result.Diagnostics.Length} diagnostics, HasErrors = {result.HasErrors}");
    }

    [Benchmark(Description = "SpecReader.Read")]
    public SpecReadResult Read() => SpecReader.Read(_path, _text);
}

/// <summary>
/// 4b. One full (non-incremental: a new driver every time) run of OpenApiClientGenerator through CSharpGeneratorDriver
/// on the canonical spec, over an empty consumer compilation that references the .NET assemblies.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _texts;
    private TestOptionsProvider _options = null!;
    private CSharpParseOptions _parseOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        _parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        _compilation = CSharpCompilation.Create(
            "BenchConsumer",
            [CSharpSyntaxTree.ParseText("namespace BenchConsumer; internal static class Marker { }", _parseOptions)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var path = RepositoryRoot.CanonicalSpec;
        _texts = [new InMemoryAdditionalText(path, File.ReadAllText(path))];
        _options = new TestOptionsProvider(new Dictionary<string, Dictionary<string, string>>
        {
            [path] = new()
            {
                ["build_metadata.AdditionalFiles.OpenApiClient"] = "true",
                ["build_metadata.AdditionalFiles.Namespace"] = "Bench.Api",
                ["build_metadata.AdditionalFiles.ClientName"] = "FormbricksClient",
            },
        });

        var result = Run().GetRunResult();
        var sources = result.Results.SelectMany(r => r.GeneratedSources).ToList();
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"// generator: {sources.Count} files, {sources.Sum(s => s.SourceText.Length):N0} chars, {result.Diagnostics.Length} diagnostics ({errors} errors)");
        if (sources.Count == 0 || result.Results.Any(r => r.Exception is not null))
        {
            throw new InvalidOperationException("the generator produced nothing: " + string.Join("; ", result.Diagnostics));
        }
    }

    [Benchmark(Description = "CSharpGeneratorDriver full run, canonical spec")]
    public GeneratorDriver Run() =>
        CSharpGeneratorDriver.Create([new OpenApiClientGenerator().AsSourceGenerator()], _texts, _parseOptions, _options)
            .RunGenerators(_compilation);

}
