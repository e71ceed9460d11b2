namespace Formbricks.Contracts.Tests.Shared;

/// <summary>
/// The repository's files, from wherever a test runs (compiled into every test project from <c>tests/Shared/</c>).
/// The official Formbricks documents are looked up in one way for every project: <c>FORMBRICKS_UPSTREAM_DIR</c>
/// (set by <c>.ci/run</c>) makes them mandatory; without it they are looked for in <c>../shared/upstream</c> beside the
/// clone, and a test that needs them is skipped when that folder is absent.
/// </summary>
internal static class RepositoryFiles
{
    /// <summary>The environment variable that names the folder of the official documents and makes them mandatory.</summary>
    public const string UpstreamVariable = RepositoryRoot.UpstreamVariable;

    /// <summary>The folder holding <c>Formbricks.Contracts.sln</c>.</summary>
    public static string Root => RepositoryRoot.Path;

    /// <summary><c>spec/formbricks.openapi.yml</c>.</summary>
    public static string CanonicalSpec => RepositoryRoot.CanonicalSpec;

    /// <summary>
    /// The path of one official document. Fails when the documents are mandatory or their folder exists but the file
    /// is not in it; skips the test when they are optional and their folder is absent.
    /// </summary>
    public static string Upstream(string fileName)
    {
        var configured = Environment.GetEnvironmentVariable(UpstreamVariable);
        var required = !string.IsNullOrWhiteSpace(configured);
        var directory = RepositoryRoot.UpstreamDirectory;
        if (!required && !Directory.Exists(directory))
        {
            Assert.Skip($"The official Formbricks documents are not beside this clone ({directory}); set {UpstreamVariable} to their folder to run this test.");
        }

        var path = Path.Combine(directory, fileName);
        Assert.True(File.Exists(path), $"'{path}' does not exist{(required ? $" ({UpstreamVariable} is set to '{configured}')" : string.Empty)}.");
        return path;
    }
}
