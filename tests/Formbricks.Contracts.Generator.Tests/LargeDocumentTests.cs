using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// The large public document of <c>../shared/benchmark-specs</c> (a 1.7 MB platform API with form and multipart
/// bodies, file parts, byte bodies, object query parameters and unions without discriminators) generates a client
/// that compiles with no error and no warning (a <c>oneOf</c> of objects inside <c>allOf</c> included). Skipped when the folder is not beside the clone.
/// </summary>
public sealed class LargeDocumentTests
{
    [Fact]
    public void The_benchmark_document_generates_a_client_without_errors_or_warnings()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "benchmark-specs", "box-platform.openapi.json"));
        Assert.SkipUnless(File.Exists(path), $"{path} is not beside this clone.");

        var outcome = GeneratorHarness.Run(SpecFile.FromDisk(path, "Box.Api", "BoxClient"));

        Assert.True(outcome.Sources.Count > 100, $"only {outcome.Sources.Count} files generated");
        var diagnostics = string.Join("\n", outcome.GeneratorDiagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Distinct().Take(15));
        var problems = string.Join("\n", outcome.CompilationProblems.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Distinct().Take(15));
        Assert.True(diagnostics.Length == 0 && problems.Length == 0, diagnostics + "\n----\n" + problems);
    }
}
