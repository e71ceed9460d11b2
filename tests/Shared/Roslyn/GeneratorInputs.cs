using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Formbricks.Contracts.Tests.Shared;

// The Roslyn doubles a generator run needs (compiled into the generator tests and the benchmarks, which reference
// Microsoft.CodeAnalysis; the other test projects leave tests/Shared/Roslyn/ out).

/// <summary>A spec file handed to the generator as the compiler would hand it.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>The <c>build_metadata.AdditionalFiles.*</c> options of each spec file, as MSBuild would pass them.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, Dictionary<string, string>> perFile, Dictionary<string, string>? global = null)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global ?? []);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new Options(perFile.TryGetValue(textFile.Path, out var options) ? options : []);

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
