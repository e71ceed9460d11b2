using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Formbricks.Contracts.Generator;
using Formbricks.Contracts.OpenApi;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// 4a. SpecReader.Read(path, text) against its peer in the same run, Microsoft.OpenApi parsing the same text alone
/// (<c>OpenApiDocument.Parse</c> with its own JSON reader, or its YAML reader for YAML, and its default rule set), on the
/// canonical spec, the official Formbricks v2 document and the large document of <c>../shared/benchmark-specs/</c>
/// (text already in memory). The ratio column is SpecReader's time over the peer's (issue 14: at most 1.3).
/// </summary>
[MemoryDiagnoser]
public class SpecReadBenchmarks
{
    public const string Canonical = "canonical spec/formbricks.openapi.yml";
    public const string UpstreamV2 = "official formbricks-v2.openapi.yml";
    public const string Large = "large box-platform.openapi.json";

    private string _path = null!;
    private string _text = null!;
    private string _format = null!;
    private OpenApiReaderSettings _settings = null!;

    /// <summary>The official Formbricks v2 document beside the repository (may be absent).</summary>
    private static string UpstreamV2Spec => Path.Combine(RepositoryRoot.UpstreamDirectory, "formbricks-v2.openapi.yml");

    /// <summary>The large document beside the repository (may be absent).</summary>
    private static string LargeSpec => Path.Combine(Path.GetDirectoryName(RepositoryRoot.UpstreamDirectory)!, "benchmark-specs", "box-platform.openapi.json");

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = Canonical;

    public static IEnumerable<string> Specs()
    {
        yield return Canonical;
        foreach (var (name, path) in new[] { (UpstreamV2, UpstreamV2Spec), (Large, LargeSpec) })
        {
            if (File.Exists(path))
            {
                yield return name;
            }
            else
            {
                Console.WriteLine($"// SKIPPED: {path} is absent, '{name}' is not measured.");
            }
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _path = Spec switch
        {
            UpstreamV2 => UpstreamV2Spec,
            Large => LargeSpec,
            _ => RepositoryRoot.CanonicalSpec,
        };
        _text = File.ReadAllText(_path);
        _format = _path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";
        _settings = new OpenApiReaderSettings();
        _settings.TryAddReader("yaml", new OpenApiYamlReader());
        var result = SpecReader.Read(_path, _text);
        var peer = MicrosoftOpenApiParse();
        Console.WriteLine($"// {_path}: {_text.Length:N0} chars, {result.Document?.Paths.Count ?? 0} paths, {result.Diagnostics.Length} diagnostics, HasErrors = {result.HasErrors}; Microsoft.OpenApi: {peer.Document?.Paths.Count ?? 0} paths");
    }

    [Benchmark(Baseline = true, Description = "Microsoft.OpenApi OpenApiDocument.Parse (peer)")]
    public ReadResult MicrosoftOpenApiParse() => OpenApiDocument.Parse(_text, _format, _settings);

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
