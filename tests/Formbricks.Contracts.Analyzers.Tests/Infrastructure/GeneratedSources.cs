using System.Collections.Immutable;
using Formbricks.Contracts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Formbricks.Contracts.Analyzers.Tests.Infrastructure;

/// <summary>
/// What the real generator emits for a spec, computed once per spec: the analyzer tests add these sources to every
/// test project, so the rules read the attributes and constants the generator really writes.
/// </summary>
internal static class GeneratedSources
{
    /// <summary>The canonical spec, generated into <c>Formbricks.Api</c> with the client <c>FormbricksClient</c>.</summary>
    public static ImmutableArray<(string Name, SourceText Text)> Canonical => CanonicalSources.Value;

    /// <summary>Fixtures/rules-31.yml (exclusive bounds, maxItems, lengths, enum, sunset), into <c>Rules.Api</c>.</summary>
    public static ImmutableArray<(string Name, SourceText Text)> Rules => RulesSources.Value;

    private static readonly Lazy<ImmutableArray<(string, SourceText)>> CanonicalSources =
        new(() => Run(RepositoryFiles.CanonicalSpec, "Formbricks.Api", "FormbricksClient"));

    private static readonly Lazy<ImmutableArray<(string, SourceText)>> RulesSources =
        new(() => Run(Path.Combine(AppContext.BaseDirectory, "Fixtures", "rules-31.yml"), "Rules.Api", "RulesClient"));

    /// <summary>Runs the generator on one spec; fails the test if it reports anything.</summary>
    public static ImmutableArray<(string, SourceText)> Run(string specPath, string ns, string clientName)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [],
            RuntimeReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var spec = new SpecText(specPath, File.ReadAllText(specPath));
        var driver = CSharpGeneratorDriver.Create(
            [new OpenApiClientGenerator().AsSourceGenerator()],
            [spec],
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            new SpecOptionsProvider(specPath, ns, clientName));
        var result = driver.RunGenerators(compilation).GetRunResult();
        if (!result.Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("The generator reported: " + string.Join("; ", result.Diagnostics));
        }

        return result.Results.SelectMany(r => r.GeneratedSources)
            .Select(s => (ns + "/" + s.HintName, s.SourceText))
            .ToImmutableArray();
    }

    public static readonly Lazy<ImmutableArray<MetadataReference>> RuntimeReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());
}
