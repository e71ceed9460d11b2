using System.Diagnostics;
using Formbricks.Contracts.OpenApi.Tests.Infrastructure;

namespace Formbricks.Contracts.OpenApi.Tests.Diagnostics;

/// <summary>
/// Alias bombs ("billion laughs") are refused at the alias that crosses the limit as soon as the expansion is known
/// to exceed it, before it is copied (issue 13 item 13: 9 levels of 7 aliases took about 9 s to refuse). The time
/// bound is generous, a guard against copying the expansion again, not a benchmark.
/// </summary>
public sealed class AliasBombTests
{
    public static TheoryData<string, string> Bombs() => new()
    {
        { "flow sequences", Bomb(level => $"[{Aliases(level, ", ")}]", "[1, 2, 3, 4, 5, 6, 7]") },
        { "flow mappings", Bomb(level => "{" + string.Join(", ", Enumerable.Range(0, 7).Select(i => $"k{i}: *l{level - 1}")) + "}", "{a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7}") },
        { "block sequences", Bomb(level => "\n" + string.Concat(Enumerable.Repeat($"  - *l{level - 1}\n", 7)).TrimEnd('\n'), "[x, x, x, x, x, x, x]") },
        { "merge keys", Bomb(level => "{" + string.Join(", ", Enumerable.Range(0, 7).Select(i => $"m{i}: {{<<: *l{level - 1}, z: 1}}")) + "}", "{a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7}") },
        { "inside the canonical spec", File.ReadAllText(RepositoryFiles.CanonicalSpec).TrimEnd() + "\nx-bomb:\n" + Indent(Bomb(level => $"[{Aliases(level, ", ")}]", "[1, 2, 3, 4, 5, 6, 7]")) },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void Nine_levels_of_seven_aliases_are_refused_at_the_crossing_alias_quickly(string name, string text)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = SpecReader.Read("bomb.yaml", text, TestContext.Current.CancellationToken);
        stopwatch.Stop();

        Assert.Null(result.Document);
        var error = SpecAssert.Single(result, SpecDiagnosticKind.MalformedDocument);
        Assert.Contains("aliases", error.Message, StringComparison.Ordinal);
        var line = text.Split('\n')[error.Span.StartLine];
        Assert.True(line.Contains("*l", StringComparison.Ordinal), $"{name}: reported at line {error.Span.StartLine + 1}: {line}");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"{name}: refused after {stopwatch.Elapsed.TotalSeconds:F2} s");
    }

    [Fact]
    public void Aliases_below_the_limit_are_expanded()
    {
        var text = "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\nx-data:\n" + Indent(Bomb(level => $"[{Aliases(level, ", ")}]", "[1, 2]", levels: 4));

        var result = SpecReader.Read("aliases.yaml", text, TestContext.Current.CancellationToken);

        SpecAssert.NoErrors(result);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void Nested_aliases_and_merges_copy_complete_values()
    {
        const string yaml = "a: &a {k: [1, 2]}\nb: &b {inner: *a, list: [*a, *a]}\nc: {<<: *b, own: 1}\nd: [*b, *b]\ne: {<<: [*a, *b]}\nf: &f [*b]\ng: *f\n";
        var diagnostics = new Formbricks.Contracts.OpenApi.Diagnostics.DiagnosticBag();

        var conversion = Formbricks.Contracts.OpenApi.Yaml.YamlJsonConverter.Convert(yaml, isJson: false, new Formbricks.Contracts.OpenApi.SourceMapping.LineIndex(yaml), diagnostics, TestContext.Current.CancellationToken);

        Assert.Equal(0, diagnostics.Count);
        const string a = """{"k":[1,2]}""";
        const string b = "{\"inner\":" + a + ",\"list\":[" + a + "," + a + "]}";
        var expected = "{\"a\":" + a + ",\"b\":" + b + ",\"c\":{\"own\":1,\"inner\":" + a + ",\"list\":[" + a + "," + a + "]},\"d\":[" + b + "," + b + "],\"e\":{\"k\":[1,2],\"inner\":" + a + ",\"list\":[" + a + "," + a + "]},\"f\":[" + b + "],\"g\":[" + b + "]}";
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(expected), conversion.Root), conversion.Root?.ToJsonString());
    }

    /// <summary>l0 holds <paramref name="first"/>; every further level refers to the one before it through the level's text.</summary>
    private static string Bomb(Func<int, string> level, string first, int levels = 9)
    {
        var lines = new List<string> { "l0: &l0 " + first };
        for (var i = 1; i < levels; i++)
        {
            lines.Add($"l{i}: &l{i} {level(i)}");
        }

        return string.Join("\n", lines) + "\n";
    }

    private static string Aliases(int level, string separator) => string.Join(separator, Enumerable.Repeat($"*l{level - 1}", 7));

    private static string Indent(string text) => string.Concat(text.Split('\n').Where(l => l.Length > 0).Select(l => "  " + l.Replace("\n  - ", "\n    - ", StringComparison.Ordinal) + "\n"));
}
