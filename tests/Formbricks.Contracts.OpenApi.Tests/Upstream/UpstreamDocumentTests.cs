using Formbricks.Contracts.OpenApi.Tests.Infrastructure;
using JsonPointer = Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer;

namespace Formbricks.Contracts.OpenApi.Tests.Upstream;

/// <summary>The three documents Formbricks publishes must read cleanly: no errors, all operations, spans for every node.</summary>
public sealed class UpstreamDocumentTests
{
    [Theory]
    [InlineData("formbricks-v1.openapi.json", "3.0.0", 32)]
    [InlineData("formbricks-v2.openapi.yml", "3.1.0", 40)]
    [InlineData("formbricks-v3.openapi.yml", "3.1.1", 28)]
    public void Reads_without_errors_and_with_every_operation(string fileName, string openApiVersion, int operations)
    {
        var (path, text) = UpstreamDocuments.Load(fileName);

        var result = SpecReader.Read(path, text, TestContext.Current.CancellationToken);

        Assert.NotNull(result.Document);
        SpecAssert.NoErrors(result);
        Assert.Equal(path, result.Path);
        Assert.Equal(operations, result.Document!.Paths.Values.Sum(p => p.Operations?.Count ?? 0));
        Assert.True(result.SourceMap.TryGetSpan("/openapi", out var versionSpan));
        Assert.Contains(openApiVersion, SpecAssert.Slice(text, versionSpan), StringComparison.Ordinal);
        var lines = text.Split('\n');
        var expectedLine = Array.FindIndex(lines, l => l.StartsWith("openapi:", StringComparison.Ordinal) || l.TrimStart().StartsWith("\"openapi\":", StringComparison.Ordinal));
        Assert.Equal(expectedLine, versionSpan.StartLine);
        Assert.Equal(lines[expectedLine].IndexOf(openApiVersion, StringComparison.Ordinal), versionSpan.StartColumn + (text[versionSpan.Offset] == '"' ? 1 : 0));
    }

    [Theory]
    [InlineData("formbricks-v1.openapi.json")]
    [InlineData("formbricks-v2.openapi.yml")]
    [InlineData("formbricks-v3.openapi.yml")]
    public void Every_path_and_schema_has_a_key_span_that_covers_its_name(string fileName)
    {
        var (path, text) = UpstreamDocuments.Load(fileName);
        var result = SpecReader.Read(path, text, TestContext.Current.CancellationToken);
        var document = result.Document!;

        var pointers = document.Paths.Keys.Select(k => JsonPointer.Append("/paths", k))
            .Concat((document.Components?.Schemas?.Keys ?? Enumerable.Empty<string>()).Select(k => JsonPointer.Append("/components/schemas", k)))
            .ToList();

        Assert.NotEmpty(pointers);
        foreach (var pointer in pointers)
        {
            Assert.True(result.SourceMap.TryGetKeySpan(pointer, out var keySpan), pointer);
            var name = pointer.Substring(pointer.LastIndexOf('/') + 1).Replace("~1", "/").Replace("~0", "~");
            Assert.Equal(name, SpecAssert.Slice(text, keySpan).Trim('"', '\''));
            Assert.True(result.SourceMap.TryGetSpan(pointer, out var valueSpan), pointer);
            Assert.True(valueSpan.Offset > keySpan.Offset, pointer);
        }
    }

    [Fact]
    public void Reading_is_deterministic()
    {
        var (path, text) = UpstreamDocuments.Load("formbricks-v3.openapi.yml");

        var first = SpecReader.Read(path, text, TestContext.Current.CancellationToken);
        var second = SpecReader.Read(path, text, TestContext.Current.CancellationToken);

        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.SourceMap.Count, second.SourceMap.Count);
        Assert.Equal(
            first.Document!.Components!.Schemas!.Keys.ToList(),
            second.Document!.Components!.Schemas!.Keys.ToList());
    }
}
