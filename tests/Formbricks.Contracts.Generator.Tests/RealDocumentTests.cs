using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// Issue 13's "done when": every official Formbricks document (<c>../shared/upstream/</c>) and every large document
/// (<c>../shared/benchmark-specs/</c>) goes through the real generator in a real compilation with no warning and no
/// error, from the generator (FBC…) or from the C# compiler. The folders are listed, not named file by file, so a
/// document added there is tested too.
/// </summary>
public sealed class RealDocumentTests
{
    private static readonly string[] Extensions = [".json", ".yml", ".yaml"];

    /// <summary>The official Formbricks documents.</summary>
    public static TheoryData<string> Official() => Documents(RepositoryRoot.UpstreamDirectory);

    /// <summary>The large documents.</summary>
    public static TheoryData<string> Large() => Documents(Path.Combine(Path.GetDirectoryName(RepositoryRoot.UpstreamDirectory)!, "benchmark-specs"));

    [Theory]
    [MemberData(nameof(Official))]
    public void An_official_document_generates_code_that_compiles_with_no_warning_and_no_error(string path) => AssertClean(path);

    [Theory]
    [MemberData(nameof(Large))]
    public void A_large_document_generates_code_that_compiles_with_no_warning_and_no_error(string path) => AssertClean(path);

    private static TheoryData<string> Documents(string folder)
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(folder))
        {
            data.Add(folder);
            return data;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Where(IsDocument).Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    private static void AssertClean(string path)
    {
        if (!File.Exists(path))
        {
            // The folder is absent: a failure where the documents are mandatory (FORMBRICKS_UPSTREAM_DIR set), else a skip.
            Assert.True(string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(RepositoryFiles.UpstreamVariable)), $"'{path}' does not exist.");
            Assert.Skip($"'{path}' is not beside this clone.");
        }

        var outcome = GeneratorHarness.Run(SpecFile.FromDisk(path, "Real.Document", "RealClient"));

        Assert.True(outcome.Sources.Count > 10, $"only {outcome.Sources.Count} files generated from {path}");
        var problems = outcome.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Concat(outcome.CompilationProblems).ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} warnings and errors, the first ones:\n" + string.Join("\n", problems.Take(30)));
    }

    private static bool IsDocument(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
