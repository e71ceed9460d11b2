using System.Text.RegularExpressions;
using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.Generator.Tests.Infrastructure;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>Every diagnostic id is unique, documented, and tracked in the analyzer release files.</summary>
public sealed partial class DiagnosticRegistryTests
{
    public static TheoryData<string> Ids => [.. DiagnosticDescriptors.All.Select(d => d.Id)];

    [Fact]
    public void Ids_are_unique_and_share_one_prefix()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_has_a_docs_page_that_its_help_link_points_to(string id)
    {
        var descriptor = DiagnosticDescriptors.All.Single(d => d.Id == id);
        var page = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", id + ".md");

        Assert.True(File.Exists(page), $"docs/diagnostics/{id}.md is missing");
        Assert.StartsWith($"# {id}", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.EndsWith($"docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_is_in_the_release_tracking_files_with_its_severity(string id)
    {
        var descriptor = DiagnosticDescriptors.All.Single(d => d.Id == id);
        var directory = Path.Combine(RepositoryPaths.Root, "generator", "Formbricks.Contracts.Generator");
        var tracked = File.ReadAllLines(Path.Combine(directory, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(directory, "AnalyzerReleases.Unshipped.md")))
            .Where(line => line.StartsWith(id + " ", StringComparison.Ordinal))
            .ToList();

        var line = Assert.Single(tracked);
        Assert.Contains("| " + descriptor.DefaultSeverity + " |", line, StringComparison.Ordinal);
    }

    [GeneratedRegex("^FBC[0-9]{4}$")]
    private static partial Regex IdPattern();
}
