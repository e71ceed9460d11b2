using Formbricks.Contracts.OpenApi.Tests.Infrastructure;

namespace Formbricks.Contracts.OpenApi.Tests.Diagnostics;

/// <summary>Broken YAML/JSON becomes one located MalformedDocument error, never an exception.</summary>
public sealed class MalformedDocumentTests
{
    [Fact]
    public void Yaml_syntax_error_is_one_error_at_the_parser_position_and_no_document()
    {
        const string text = "openapi: 3.1.0\ninfo:\n  title: Demo\n  version: 1: 2\npaths: {}\n";

        var result = SpecReader.Read("broken.yaml", text, TestContext.Current.CancellationToken);

        Assert.Null(result.Document);
        Assert.True(result.HasErrors);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(SpecDiagnosticKind.MalformedDocument, error.Kind);
        Assert.Equal(SpecDiagnosticSeverity.Error, error.Severity);
        SpecAssert.At(error.Span, line: 3, column: 12, offset: 47, length: 0);
        Assert.Equal("/info", error.Pointer);
        Assert.Contains("YAML is malformed at line 4, column 13", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Idx:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_syntax_error_is_located_at_the_unexpected_token()
    {
        const string text = "{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\"title\": \"x\" \"version\": \"1\"}\n}";

        var result = SpecReader.Read("broken.json", text, TestContext.Current.CancellationToken);

        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(SpecDiagnosticKind.MalformedDocument, error.Kind);
        SpecAssert.At(error.Span, line: 2, column: 24, offset: 48);
        Assert.StartsWith("The JSON is malformed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_flow_mapping_is_reported_not_thrown()
    {
        // (YamlDotNet's scanner threw InvalidOperationException on this one, not a YamlException.) The parser stops
        // at the first place the open '[' cannot go on, the ':' after 'version'; the message names the bracket too.
        const string text = "openapi: 3.1.0\ninfo:\n  title: [x\n  version: 1\n";

        var result = SpecReader.Read("broken.yaml", text, TestContext.Current.CancellationToken);

        Assert.Null(result.Document);
        var error = SpecAssert.Single(result, SpecDiagnosticKind.MalformedDocument);
        SpecAssert.At(error.Span, line: 3, column: 9);
        Assert.Contains("unclosed bracket", error.Message, StringComparison.Ordinal);
        Assert.Contains("The '[' at line 3, column 10 is still open", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openapi: 3.1.0\ninfo:\n  title: x\n  version: '1'\ntags: [{name: a},\n  {name: b}\npaths: {}\n", "[", 5, 7)]
    [InlineData("openapi: 3.1.0\ninfo: {title: x,\n  version: '1'\npaths: {}\n", "{", 2, 7)]
    public void An_unclosed_flow_collection_is_named_in_the_error(string text, string bracket, int line, int column)
    {
        var result = SpecReader.Read("broken.yaml", text, TestContext.Current.CancellationToken);

        Assert.Null(result.Document);
        var error = SpecAssert.Single(result, SpecDiagnosticKind.MalformedDocument);
        Assert.True(error.Span.StartLine + 1 > line, error.Message);
        Assert.Contains($"The '{bracket}' at line {line}, column {column} is still open", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_key_and_the_first_value_wins()
    {
        const string text = "openapi: 3.1.0\ninfo:\n  title: First\n  version: '1'\n  title: Second\npaths: {}\n";

        var result = SpecReader.Read("dup.yaml", text, TestContext.Current.CancellationToken);

        var error = SpecAssert.Single(result, SpecDiagnosticKind.MalformedDocument);
        Assert.Equal(SpecDiagnosticSeverity.Error, error.Severity);
        SpecAssert.At(error.Span, line: 4, column: 2, offset: 53, length: 5);
        Assert.Equal("/info/title", error.Pointer);
        Assert.Contains("Duplicate key 'title'", error.Message, StringComparison.Ordinal);
        Assert.Contains("first at line 3, column 3", error.Message, StringComparison.Ordinal);
        Assert.Equal("First", result.Document!.Info.Title);
        Assert.True(result.SourceMap.TryGetKeySpan("/info/title", out var first));
        SpecAssert.At(first, line: 2, column: 2);
    }

    [Fact]
    public void Non_scalar_key_is_reported()
    {
        const string text = "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\n? [a, b]\n: 1\n";

        var result = SpecReader.Read("key.yaml", text, TestContext.Current.CancellationToken);

        var error = SpecAssert.Single(result, SpecDiagnosticKind.MalformedDocument);
        SpecAssert.At(error.Span, line: 3, column: 2);
        Assert.Contains("not a scalar", error.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void Unknown_alias_is_reported_at_the_alias()
    {
        const string text = "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: *nope\n";

        var result = SpecReader.Read("alias.yaml", text, TestContext.Current.CancellationToken);

        var error = SpecAssert.Single(result, SpecDiagnosticKind.MalformedDocument);
        SpecAssert.At(error.Span, line: 2, column: 7, length: 5);
        Assert.Contains("'*nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Alias_bombs_are_stopped()
    {
        var lines = new List<string> { "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]" };
        for (var level = 'b'; level <= 'h'; level++)
        {
            var previous = (char)(level - 1);
            lines.Add($"{level}: &{level} [" + string.Join(", ", Enumerable.Repeat("*" + previous, 10)) + "]");
        }

        var result = SpecReader.Read("bomb.yaml", string.Join("\n", lines), TestContext.Current.CancellationToken);

        Assert.Null(result.Document);
        var error = SpecAssert.Single(result, SpecDiagnosticKind.MalformedDocument);
        Assert.Contains("aliases", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_keys_copy_entries_that_the_mapping_does_not_set_itself()
    {
        const string text = "openapi: 3.1.0\nx-defaults: &d {title: Base, version: '7'}\ninfo:\n  <<: *d\n  title: Own\npaths: {}\n";

        var result = SpecReader.Read("merge.yaml", text, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(result.Diagnostics, d => d.Kind == SpecDiagnosticKind.MalformedDocument);
        Assert.Equal("Own", result.Document!.Info.Title);
        Assert.Equal("7", result.Document.Info.Version);
    }

    [Fact]
    public void Cancellation_is_the_only_exception()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SpecReader.Read("x.yaml", "openapi: 3.1.0\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"k{i}: {i}\n")), cancellation.Token));
    }
}
