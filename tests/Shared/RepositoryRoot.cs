namespace Formbricks.Contracts.Tests.Shared;

/// <summary>
/// Where the repository is, from wherever a test or a benchmark runs (no test framework here: the benchmarks link this
/// file too). <c>FORMBRICKS_CONTRACTS_ROOT</c> overrides the search; otherwise the folder holding
/// <c>Formbricks.Contracts.sln</c> above the program's folder or, failing that, above the current directory.
/// </summary>
internal static class RepositoryRoot
{
    /// <summary>The environment variable that names the repository folder when the search cannot find it.</summary>
    public const string RootVariable = "FORMBRICKS_CONTRACTS_ROOT";

    /// <summary>The environment variable that names the folder of the official Formbricks documents.</summary>
    public const string UpstreamVariable = "FORMBRICKS_UPSTREAM_DIR";

    private static readonly Lazy<string> RootPath = new(Find);

    /// <summary>The folder holding <c>Formbricks.Contracts.sln</c>.</summary>
    public static string Path => RootPath.Value;

    /// <summary><c>spec/formbricks.openapi.yml</c>.</summary>
    public static string CanonicalSpec => System.IO.Path.Combine(Path, "spec", "formbricks.openapi.yml");

    /// <summary>The folder of the official documents: <c>FORMBRICKS_UPSTREAM_DIR</c>, or <c>../shared/upstream</c> beside the clone (it may not exist).</summary>
    public static string UpstreamDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(UpstreamVariable);
            return System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? System.IO.Path.Combine(Path, "..", "shared", "upstream") : configured!);
        }
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "Formbricks.Contracts.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Formbricks.Contracts.sln not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}; set {RootVariable}.");
    }
}
