namespace Formbricks.Contracts.Benchmarks;

/// <summary>Finds the repository from wherever the benchmark runs (BenchmarkDotNet runs it from a generated folder below bin/).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>spec/formbricks.openapi.yml, the canonical spec.</summary>
    public static string CanonicalSpec => Path.Combine(Root, "spec", "formbricks.openapi.yml");

    /// <summary>The official Formbricks v2 document, next to the repository (may be absent).</summary>
    public static string UpstreamV2Spec => Path.GetFullPath(Path.Combine(Root, "..", "shared", "upstream", "formbricks-v2.openapi.yml"));

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("FORMBRICKS_CONTRACTS_ROOT") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Formbricks.Contracts.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Formbricks.Contracts.sln not found above " + AppContext.BaseDirectory + "; set FORMBRICKS_CONTRACTS_ROOT.");
    }
}
