using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Formbricks.Contracts.Analyzers.Tests.Infrastructure;

/// <summary>A spec handed to the generator as an additional file.</summary>
internal sealed class SpecText(string path, string text) : AdditionalText
{
    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

/// <summary>The <c>AdditionalFiles</c> metadata that opts one spec in (and a project directory, for the metadata's paths).</summary>
internal sealed class SpecOptionsProvider(string specPath, string ns, string clientName) : AnalyzerConfigOptionsProvider
{
    private readonly Options _file = new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.OpenApiClient"] = "true",
        ["build_metadata.AdditionalFiles.Namespace"] = ns,
        ["build_metadata.AdditionalFiles.ClientName"] = clientName,
    });

    private readonly Options _global = new(new Dictionary<string, string>
    {
        ["build_property.ProjectDir"] = System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(specPath))! + "/",
    });

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == specPath ? _file : Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new([]);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
