using System.Text.Json.Nodes;
using Formbricks.Contracts.OpenApi.Diagnostics;
using Formbricks.Contracts.OpenApi.SourceMapping;
using Formbricks.Contracts.OpenApi.Yaml;

namespace Formbricks.Contracts.OpenApi.Tests.Yaml;

/// <summary>
/// JSON text takes System.Text.Json's reader (issue 14), and must give exactly what the YAML path gives: the same tree,
/// the same value and key spans. Anything the fast path does not take (duplicate keys, broken JSON, JSON-with-YAML
/// extras, too deep) goes to the YAML path, which reports it as before.
/// </summary>
public sealed class JsonFastPathTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>
        {
            Path.Combine(RepositoryFiles.Root, "tests", "Formbricks.Contracts.Generator.Tests", "Fixtures", "library-31.json"),
        };
        foreach (var folder in new[] { RepositoryRoot.UpstreamDirectory, Path.Combine(Path.GetDirectoryName(RepositoryRoot.UpstreamDirectory)!, "benchmark-specs") })
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
                {
                    data.Add(file);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_json_document_reads_as_the_yaml_path_reads_it(string path)
    {
        AssertSameAsYamlPath(File.ReadAllText(path));
    }

    [Theory]
    [InlineData("{\"a\": [1, 2.50, -3e2, true, false, null], \"b\": {\"c\": \"d\"}}")]
    [InlineData("\uFEFF{\"caf\u00e9\": \"na\u00efve \ud83d\ude00\", \"k~/\": {\"x\": \"\\u00e9\\n\"}, \"n\": 12345678901234567890123}")]
    [InlineData("{\r\n  \"openapi\": \"3.1.0\",\r\n  \"info\": {\"title\": \"\u65e5\u672c\", \"version\": \"2.0\"},\r\n  \"paths\": {}\r\n}\r\n")]
    [InlineData("[{}, [], \"\", 0]")]
    public void Small_json_texts_read_as_the_yaml_path_reads_them(string text)
    {
        AssertSameAsYamlPath(text);
    }

    [Theory]
    [InlineData("{\"a\": 1, \"a\": 2}")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("{a: 1}")]
    [InlineData("{\"a\": [1, 2}")]
    [InlineData("")]
    public void Texts_the_fast_path_does_not_take_go_to_the_yaml_path(string text)
    {
        Assert.Null(JsonTextConverter.TryConvert(text, new LineIndex(text), TestContext.Current.CancellationToken));
    }

    private static void AssertSameAsYamlPath(string text)
    {
        var lines = new LineIndex(text);
        var fast = JsonTextConverter.TryConvert(text, lines, TestContext.Current.CancellationToken);
        var diagnostics = new DiagnosticBag();
        var yaml = YamlJsonConverter.Convert(text, isJson: true, lines, diagnostics, TestContext.Current.CancellationToken);

        Assert.Equal(0, diagnostics.Count);
        Assert.NotNull(fast);
        Assert.True(JsonNode.DeepEquals(yaml.Root, fast.Root), "the trees differ");
        Assert.Equal(yaml.Root?.ToJsonString(), fast.Root?.ToJsonString());
        Assert.Equal(yaml.SourceMap.Count, fast.SourceMap.Count);
        foreach (var pointer in yaml.SourceMap.Pointers)
        {
            Assert.True(yaml.SourceMap.TryGetSpan(pointer, out var expected));
            Assert.True(fast.SourceMap.TryGetSpan(pointer, out var actual), $"no span at {pointer}");
            Assert.True(expected.Equals(actual), $"{pointer}: {expected} by the YAML path, {actual} by the fast path");
        }

        Assert.Equal(yaml.SourceMap.KeyPointers.Order(StringComparer.Ordinal), fast.SourceMap.KeyPointers.Order(StringComparer.Ordinal));
        foreach (var pointer in yaml.SourceMap.KeyPointers)
        {
            yaml.SourceMap.TryGetKeySpan(pointer, out var expected);
            fast.SourceMap.TryGetKeySpan(pointer, out var actual);
            Assert.True(expected.Equals(actual), $"key {pointer}: {expected} by the YAML path, {actual} by the fast path");
        }
    }
}
