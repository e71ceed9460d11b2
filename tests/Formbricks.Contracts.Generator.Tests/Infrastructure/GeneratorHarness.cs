using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Formbricks.Contracts.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the real generator in a real C# compilation: specs in as AdditionalFiles with their metadata, generated
/// sources and diagnostics out, and the compilation of the generated code with every warning (warning level 9999:
/// every warning wave, as the SDK build has). Microsoft.CodeAnalysis.SourceGenerators.Testing restores now, but it
/// pulls Roslyn 4.5 unless pinned and downloads reference packs at test time; this harness compiles against the
/// running runtime's own assemblies and exposes the driver for the caching tests' step-by-step checks.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <summary>Microsoft.Extensions.Http, Options, Configuration and DI: with them the generator adds the DI registration.</summary>
    public static readonly Lazy<ImmutableArray<MetadataReference>> HostingReferences = new(() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(sources, []);

    public static CSharpCompilation CreateCompilation(string[] sources, IEnumerable<MetadataReference> extraReferences) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Consumer{i}.cs")),
            References.Value.AddRange(extraReferences),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true, warningLevel: 9999)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static GeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, Dictionary<string, string>? globalOptions = null) =>
        CreateDriver(specs, out _, globalOptions);

    public static GeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, out IReadOnlyList<AdditionalText> texts, Dictionary<string, string>? globalOptions = null)
    {
        var list = specs.ToList();
        texts = list.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
        return CSharpGeneratorDriver.Create(
            [new OpenApiClientGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            new TestOptionsProvider(list.ToDictionary(s => s.Path, s => s.Metadata()), globalOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static GeneratorOutcome Run(params SpecFile[] specs) => Run(specs, []);

    public static GeneratorOutcome Run(IEnumerable<SpecFile> specs, string[] consumerSources, IEnumerable<MetadataReference>? extraReferences = null)
    {
        var compilation = CreateCompilation(consumerSources, extraReferences ?? []);
        var driver = CreateDriver(specs).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, TestContext.Current.CancellationToken);
        return new GeneratorOutcome(driver.GetRunResult(), output, generatorDiagnostics);
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorOutcome(GeneratorDriverRunResult RunResult, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    /// <summary>The diagnostics the generator reported (FBC…), plus any exception it threw (CS8785).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => RunResult.Diagnostics.AddRange(DriverDiagnostics).Distinct().ToImmutableArray();

    public IReadOnlyList<GeneratedSourceResult> Sources => RunResult.Results.SelectMany(r => r.GeneratedSources).ToList();

    /// <summary>Warnings and errors of the compilation that includes the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems => Output.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToList();

    /// <summary>Every generated file, in generation order, joined into one text (to compare two runs).</summary>
    public string Joined() => string.Join(
        "\n",
        Sources.Select(s => "//------ " + s.HintName + " ------\n" + s.SourceText.ToString()));
}

/// <summary>
/// Emits the compilation of one generator run (consumer code plus generated code) and loads it, so that a test can
/// run a client generated from an inline spec on the wire, not only compile it.
/// </summary>
internal static class GeneratedAssembly
{
    public static Assembly Load(GeneratorOutcome outcome)
    {
        using var stream = new MemoryStream();
        var emitted = outcome.Output.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("Generated-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>Creates <paramref name="typeName"/> with its parameterless constructor and sets the given properties.</summary>
    public static object Create(Assembly assembly, string typeName, params (string Property, object? Value)[] properties)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var instance = Activator.CreateInstance(type)!;
        foreach (var (property, value) in properties)
        {
            type.GetProperty(property)!.SetValue(instance, value);
        }

        return instance;
    }

    /// <summary>Calls an async client method and awaits it; returns the task's result, or null for a plain task.</summary>
    public static async Task<object?> InvokeAsync(object target, string method, params object?[] arguments)
    {
        var task = (Task)target.GetType().GetMethod(method)!.Invoke(target, arguments)!;
        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }
}
