namespace Formbricks.Contracts.OpenApi.Tests.Infrastructure;

/// <summary>
/// Finds the official Formbricks OpenAPI documents: FORMBRICKS_UPSTREAM_DIR when set (then they must exist),
/// otherwise ../shared/upstream next to the folder holding Formbricks.Contracts.sln. Skips when neither is there.
/// </summary>
internal static class UpstreamDocuments
{
    public const string EnvironmentVariable = "FORMBRICKS_UPSTREAM_DIR";

    public static readonly string[] FileNames =
    {
        "formbricks-v1.openapi.json",
        "formbricks-v2.openapi.yml",
        "formbricks-v3.openapi.yml",
    };

    /// <summary>Path of one upstream document; skips the test when the documents are not available here.</summary>
    public static string PathOf(string fileName)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.Combine(configured, fileName);
            Assert.True(File.Exists(path), $"{EnvironmentVariable} is set to '{configured}', but '{path}' does not exist.");
            return path;
        }

        var directory = FindUpstreamDirectory();
        if (directory is null)
        {
            Assert.Skip($"The upstream OpenAPI documents were not found; set {EnvironmentVariable} to the folder holding {string.Join(", ", FileNames)}.");
        }

        var found = Path.Combine(directory, fileName);
        Assert.True(File.Exists(found), $"'{found}' is missing from the upstream folder.");
        return found;
    }

    public static (string Path, string Text) Load(string fileName)
    {
        var path = PathOf(fileName);
        return (path, File.ReadAllText(path));
    }

    private static string? FindUpstreamDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Formbricks.Contracts.sln")))
            {
                var upstream = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "upstream"));
                return Directory.Exists(upstream) ? upstream : null;
            }
        }

        return null;
    }
}
