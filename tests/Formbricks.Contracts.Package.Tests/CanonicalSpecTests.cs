using System.Reflection;

namespace Formbricks.Contracts.Package.Tests;

/// <summary>
/// <c>&lt;FormbricksCanonicalSpec&gt;true&lt;/FormbricksCanonicalSpec&gt;</c> alone gives a consumer the canonical spec: the
/// package carries it, and its buildTransitive props add it as the generator's AdditionalFiles item.
/// </summary>
public sealed class CanonicalSpecTests
{
    private static readonly string[] AdditionalFiles = typeof(CanonicalSpecTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AdditionalFiles").Value!
        .Split(';', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void The_only_spec_the_compiler_sees_is_the_package_copy_of_the_canonical_spec()
    {
        var spec = Assert.Single(AdditionalFiles);

        var normalized = spec.Replace('\\', '/');
        Assert.EndsWith("/spec/formbricks.openapi.yml", normalized, StringComparison.Ordinal);
        Assert.Contains("/formbricks.contracts.generator/", normalized, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(RepositoryFiles.CanonicalSpec), File.ReadAllText(spec));
    }

    [Fact]
    public void The_client_gets_the_default_client_name_and_the_namespace_property()
    {
        Assert.Equal("Formbricks.Contracts.Package.Tests.Api.FormbricksClient", typeof(Api.FormbricksClient).FullName);
    }
}
