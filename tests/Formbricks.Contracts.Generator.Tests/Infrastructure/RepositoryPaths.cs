namespace Formbricks.Contracts.Generator.Tests.Infrastructure;

/// <summary>Finds the repository's files from wherever the tests run.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Formbricks.Contracts.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Formbricks.Contracts.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string CanonicalSpec => Path.Combine(Root, "spec", "formbricks.openapi.yml");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "Formbricks.Contracts.Generator.Tests", "Fixtures", name);

    public static string SnapshotDirectory => Path.Combine(Root, "tests", "Formbricks.Contracts.Generator.Tests", "Snapshots");

    /// <summary>
    /// The official Formbricks documents. <c>FORMBRICKS_UPSTREAM_DIR</c> (set by .ci/run) makes them mandatory;
    /// without it they are looked for beside the clone, and the tests that need them are skipped when absent.
    /// </summary>
    public static string? UpstreamDirectory(out bool required)
    {
        var configured = Environment.GetEnvironmentVariable("FORMBRICKS_UPSTREAM_DIR");
        required = !string.IsNullOrEmpty(configured);
        var candidate = required ? configured! : Path.Combine(Root, "..", "shared", "upstream");
        return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
    }

    public static string RequireUpstream(string fileName)
    {
        var directory = UpstreamDirectory(out var required);
        var path = directory is null ? null : Path.Combine(directory, fileName);
        if (path is not null && File.Exists(path))
        {
            return path;
        }

        if (required)
        {
            Assert.Fail($"FORMBRICKS_UPSTREAM_DIR is set but {fileName} is not in it.");
        }

        Assert.Skip($"The official Formbricks documents (../shared/upstream/{fileName}) are not beside this clone.");
        return string.Empty;
    }
}
