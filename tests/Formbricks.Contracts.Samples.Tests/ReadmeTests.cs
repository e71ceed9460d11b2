using System.Text.RegularExpressions;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.Samples.Tests;

/// <summary>The README's first hour: what it prints must be what the programs do.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public async Task The_standalone_fake_section_prints_the_real_seed_42_key_in_its_output_and_its_curl_line()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root, "README.md"), TestContext.Current.CancellationToken);
        var section = readme[readme.IndexOf("**Run the fake standalone", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("```\n\n", section.IndexOf("```bash", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Contains("--seed 42", section, StringComparison.Ordinal);

        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Seed = 42 }, TestContext.Current.CancellationToken);

        var keys = Key().Matches(section).Select(m => m.Value).ToList();
        Assert.Equal(2, keys.Count);   // the host's "API key:" line and the curl line
        Assert.All(keys, key => Assert.Equal(server.ApiKey, key));
    }

    [GeneratedRegex("fbk_[A-Za-z0-9_…-]+")]
    private static partial Regex Key();
}
