namespace Formbricks.Contracts.Generator.Tests.Infrastructure;

/// <summary>A spec given to the generator in a test, with the AdditionalFiles metadata that opts it in.</summary>
internal sealed record SpecFile(string Path, string Text, string? Namespace = "Test.Api", string? ClientName = "TestClient", bool OptIn = true)
{
    public static SpecFile FromDisk(string path, string? ns = "Test.Api", string? clientName = "TestClient") =>
        new(path, File.ReadAllText(path), ns, clientName);

    public Dictionary<string, string> Metadata()
    {
        var metadata = new Dictionary<string, string>();
        if (OptIn)
        {
            metadata["build_metadata.AdditionalFiles.OpenApiClient"] = "true";
        }

        if (Namespace is not null)
        {
            metadata["build_metadata.AdditionalFiles.Namespace"] = Namespace;
        }

        if (ClientName is not null)
        {
            metadata["build_metadata.AdditionalFiles.ClientName"] = ClientName;
        }

        return metadata;
    }
}
