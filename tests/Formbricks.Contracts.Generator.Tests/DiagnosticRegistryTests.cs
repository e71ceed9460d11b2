using System.Reflection;
using System.Text.RegularExpressions;
using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Formbricks.Contracts.OpenApi;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// Every diagnostic id is unique, has one severity, a message format of its own, a docs page, a row in the docs
/// index and a line in the analyzer release files that agrees with the descriptor.
/// </summary>
public sealed partial class DiagnosticRegistryTests
{
    /// <summary>Every static descriptor field of every partial file, whether or not someone remembered to list it in <c>All</c>.</summary>
    private static List<(string Field, DiagnosticDescriptor Descriptor)> Declared() =>
        new[] { typeof(DiagnosticCatalog) }.Concat(typeof(DiagnosticCatalog).GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic))
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (f.Name, (DiagnosticDescriptor)f.GetValue(null)!))
            .ToList();

    public static TheoryData<string> Ids => [.. Declared().Select(d => d.Descriptor.Id)];

    private static DiagnosticDescriptor Descriptor(string id) => Declared().Single(d => d.Descriptor.Id == id).Descriptor;

    [Fact]
    public void Every_declared_descriptor_is_in_the_registry_and_the_registry_holds_nothing_else()
    {
        var declared = Declared();

        Assert.True(declared.Count >= 13, $"only {declared.Count} descriptor fields found");
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
    public void Each_id_has_a_message_format_of_its_own_with_text_around_its_arguments(string id)
    {
        var format = Descriptor(id).MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = PlaceholderPattern().Replace(format, string.Empty);

        Assert.True(text.Count(char.IsLetter) >= 10, $"{id}'s message format '{format}' is a placeholder, not a message");
        Assert.NotEqual(format, Descriptor(id).Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // string.Format must accept it (braces balanced, arguments numbered from 0 without gaps).
        var count = PlaceholderPattern().Matches(format).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(-1).Max() + 1;
        var formatted = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Enumerable.Range(0, count).Select(i => (object)("arg" + i)).ToArray());
        Assert.All(Enumerable.Range(0, count), i => Assert.Contains("arg" + i, formatted, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_is_in_the_docs_index_with_its_title_and_severity(string id)
    {
        var descriptor = Descriptor(id);
        var index = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", "README.md"));

        var row = Assert.Single(index, line => line.StartsWith($"| [{id}]({id}.md) |", StringComparison.Ordinal));
        var cells = row.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[2]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[3]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_has_a_docs_page_that_its_help_link_points_to(string id)
    {
        var descriptor = Descriptor(id);
        var page = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", id + ".md");

        Assert.True(File.Exists(page), $"docs/diagnostics/{id}.md is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}", text, StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", text, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCatalog.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_is_in_the_release_tracking_files_with_its_category_and_severity(string id)
    {
        var descriptor = Descriptor(id);
        var directory = Path.Combine(RepositoryPaths.Root, "generator", "Formbricks.Contracts.Generator");
        var tracked = File.ReadAllLines(Path.Combine(directory, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(directory, "AnalyzerReleases.Unshipped.md")))
            .Where(line => line.StartsWith(id + " ", StringComparison.Ordinal))
            .ToList();

        var cells = Assert.Single(tracked).Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal((id, descriptor.Category, descriptor.DefaultSeverity.ToString()), (cells[0], cells[1], cells[2]));
    }

    [Fact]
    public void A_diagnostic_has_its_descriptors_severity_unless_the_drift_check_sets_one_per_rule()
    {
        var diagnostic = DiagnosticInfo.Create(DiagnosticCatalog.UnsupportedConstruct, LocationInfo.StartOf("/specs/a.yml"), "A cookie parameter ('s')", "it is left out").ToDiagnostic();
        Assert.Equal((DiagnosticSeverity.Warning, "A cookie parameter ('s') is not supported: it is left out"), (diagnostic.Severity, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));

        // Only the drift-in-the-build check chooses a severity per finding (each drift rule's level from .editorconfig);
        // every other diagnostic keeps its descriptor's one severity.
        var generator = Path.Combine(RepositoryFiles.Root, "generator", "Formbricks.Contracts.Generator");
        var setters = Directory.EnumerateFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && File.ReadAllText(f).Contains(".WithSeverity(", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(generator, f).Replace('\\', '/'))
            .ToList();
        Assert.Equal(["Drift/BaselineDiff.cs"], setters);
    }

    public static TheoryData<SpecDiagnosticKind> Kinds => [.. Enum.GetValues<SpecDiagnosticKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_of_reader_finding_maps_to_a_descriptor_of_its_one_severity(SpecDiagnosticKind kind)
    {
        var descriptor = SpecDiagnosticMap.DescriptorOf(kind);
        var expected = SpecDiagnosticKinds.SeverityOf(kind) == SpecDiagnosticSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;

        Assert.Contains(descriptor, DiagnosticCatalog.All);
        Assert.Equal(expected, descriptor.DefaultSeverity);
    }

    [Fact]
    public void No_id_is_reported_at_two_severities_across_specs_that_raise_many_of_them()
    {
        string[] yamls =
        [
            Specs.MinimalYaml + "\n---\nsecond: document\n",
            Specs.MinimalYaml.Replace("'#/components/schemas/Thing'", "'common.yml#/components/schemas/Thing'"),
            Specs.MinimalYaml.Replace("'#/components/schemas/Thing'", "'#/components/schemas/Thng'"),
            Specs.MinimalYaml.Replace("openapi: 3.0.3", "openapi: 3.2.0"),
            Specs.MinimalYaml.Replace("      operationId: getThings\n", "      operationId: getThings\n      parameters:\n        - name: session\n          in: cookie\n          schema:\n            type: string\n"),
            Specs.MinimalYaml.Replace("  title: Minimal\n", string.Empty),
            "openapi: [unclosed\n",
        ];
        var reported = yamls
            .SelectMany(yaml => GeneratorHarness.Run(Specs.Inline(yaml)).GeneratorDiagnostics)
            .Where(d => d.Id.StartsWith("FBC", StringComparison.Ordinal))
            .ToList();

        Assert.True(reported.Select(d => d.Id).Distinct().Count() >= 6, string.Join("\n", reported));
        Assert.All(reported, d => Assert.Equal(Descriptor(d.Id).DefaultSeverity, d.Severity));
        Assert.All(reported.GroupBy(d => d.Id), group => Assert.Single(group.Select(d => d.Severity).Distinct()));
    }

    [GeneratedRegex("^FBC[0-9]{4}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{([0-9]+)\}")]
    private static partial Regex PlaceholderPattern();
}
