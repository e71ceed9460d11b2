using System.Reflection;
using System.Text.RegularExpressions;
using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>Every diagnostic id is unique, documented, and tracked in the analyzer release files.</summary>
public sealed partial class DiagnosticRegistryTests
{
    /// <summary>Every static descriptor field, whether or not someone remembered to list it in <c>All</c>.</summary>
    private static List<(string Field, DiagnosticDescriptor Descriptor)> Declared() =>
        typeof(DiagnosticCatalog).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (f.Name, (DiagnosticDescriptor)f.GetValue(null)!))
            .ToList();

    public static TheoryData<string> Ids => [.. Declared().Select(d => d.Descriptor.Id)];

    [Fact]
    public void Every_declared_descriptor_is_in_the_registry_and_the_registry_holds_nothing_else()
    {
        var declared = Declared();

        Assert.True(declared.Count >= 10, $"only {declared.Count} descriptor fields found");
        Assert.All(declared, d => Assert.True(DiagnosticCatalog.All.Contains(d.Descriptor), $"{d.Field} ({d.Descriptor.Id}) is not in DiagnosticCatalog.All"));
        Assert.Equal(declared.Count, DiagnosticCatalog.All.Count);
    }

    [Fact]
    public void Ids_are_unique_and_share_one_prefix()
    {
        var ids = Declared().Select(d => d.Descriptor.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_is_in_the_docs_index(string id)
    {
        var index = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", "README.md"));

        Assert.Contains($"| [{id}]({id}.md) |", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_with_an_unknown_id_becomes_fbc0007_instead_of_throwing()
    {
        var diagnostic = new DiagnosticInfo("FBC9999", "lost", "/specs/a.yml", 0, 0, 0, 0, 0, 0).ToDiagnostic();

        Assert.Equal("FBC0007", diagnostic.Id);
        Assert.Contains("lost", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_has_a_docs_page_that_its_help_link_points_to(string id)
    {
        var descriptor = Declared().Single(d => d.Descriptor.Id == id).Descriptor;
        var page = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", id + ".md");

        Assert.True(File.Exists(page), $"docs/diagnostics/{id}.md is missing");
        Assert.StartsWith($"# {id}", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.EndsWith($"docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_is_in_the_release_tracking_files_with_its_severity(string id)
    {
        var descriptor = Declared().Single(d => d.Descriptor.Id == id).Descriptor;
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
