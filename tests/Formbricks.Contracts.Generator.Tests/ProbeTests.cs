using Formbricks.Contracts.Generator.Tests.Infrastructure;

namespace Formbricks.Contracts.Generator.Tests;

public sealed class ProbeTests
{
    [Fact]
    public void CanonicalSpec_Probe()
    {
        var outcome = GeneratorHarness.Run(SpecFile.FromDisk(RepositoryPaths.CanonicalSpec, "Formbricks.Api", "FormbricksClient"));
        File.WriteAllText("/tmp/canonical.cs", outcome.Joined());
        var problems = string.Join("\n", outcome.GeneratorDiagnostics.Concat(outcome.CompilationProblems).Take(60).Select(d => d.ToString()));
        Assert.True(problems.Length == 0, problems);
    }
}
