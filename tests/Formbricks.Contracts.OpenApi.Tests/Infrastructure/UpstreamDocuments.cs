namespace Formbricks.Contracts.OpenApi.Tests.Infrastructure;

/// <summary>Reads one official Formbricks document (found, required or skipped by <see cref="RepositoryFiles.Upstream"/>).</summary>
internal static class UpstreamDocuments
{
    public static (string Path, string Text) Load(string fileName)
    {
        var path = RepositoryFiles.Upstream(fileName);
        return (path, File.ReadAllText(path));
    }
}
