namespace Formbricks.Contracts.Generator.Tests.Infrastructure;

/// <summary>This project's files in the repository (the root and the official documents: <see cref="RepositoryFiles"/>).</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryFiles.Root;

    public static string CanonicalSpec => RepositoryFiles.CanonicalSpec;

    public static string Fixture(string name) => Path.Combine(Root, "tests", "Formbricks.Contracts.Generator.Tests", "Fixtures", name);

    public static string SnapshotDirectory => Path.Combine(Root, "tests", "Formbricks.Contracts.Generator.Tests", "Snapshots");
}
