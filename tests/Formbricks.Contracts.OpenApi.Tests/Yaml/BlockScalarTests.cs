using System.Text.Json.Nodes;
using Formbricks.Contracts.OpenApi.Diagnostics;
using Formbricks.Contracts.OpenApi.SourceMapping;
using Formbricks.Contracts.OpenApi.Tests.Infrastructure;
using Formbricks.Contracts.OpenApi.Yaml;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.OpenApi.Tests.Yaml;

/// <summary>
/// Block scalars (YAML 1.2 §8.1.1), in particular those whose only lines are blank and hold more spaces than the next
/// key (issue 13 item 1: valid YAML, rejected by YamlDotNet's scanner; SharpYaml reads it). The expected values follow the spec (with no
/// non-empty line every line is an empty line; + keeps the breaks, - and clip drop them) and match libyaml's.
/// </summary>
public sealed class BlockScalarTests
{
    private static readonly string Blank8 = new(' ', 8);

    public static TheoryData<string, string, string> Documents() => new()
    {
        { "literal, clip", $"a:\n  v: |\n{Blank8}\n  next: x\n", """{"a":{"v":"","next":"x"}}""" },
        { "literal, strip", $"a:\n  v: |-\n{Blank8}\n  next: x\n", """{"a":{"v":"","next":"x"}}""" },
        { "literal, keep", $"a:\n  v: |+\n{Blank8}\n  next: x\n", """{"a":{"v":"\n","next":"x"}}""" },
        { "folded, clip", $"a:\n  v: >\n{Blank8}\n  next: x\n", """{"a":{"v":"","next":"x"}}""" },
        { "folded, keep", $"a:\n  v: >+\n{Blank8}\n  next: x\n", """{"a":{"v":"\n","next":"x"}}""" },
        { "keep, two blank lines", $"a:\n  v: |+\n     \n         \n  next: x\n", """{"a":{"v":"\n\n","next":"x"}}""" },
        { "keep, header comment", $"a:\n  v: |+ # note\n{Blank8}\n  next: x\n", """{"a":{"v":"\n","next":"x"}}""" },
        { "keep, end of file", $"a:\n  v: |+\n{Blank8}\n", """{"a":{"v":"\n"}}""" },
        { "keep, CRLF", $"a:\r\n  v: |+\r\n{Blank8}\r\n  next: x\r\n", """{"a":{"v":"\n","next":"x"}}""" },
        { "keep, tagged", $"a:\n  v: !!str |+\n{Blank8}\n  next: x\n", """{"a":{"v":"\n","next":"x"}}""" },
        { "sequence entry", $"a:\n  - |+\n{Blank8}\n  - x\n", """{"a":["\n","x"]}""" },
        { "mapping in a sequence", $"a:\n  - v: >+\n         \n    w: x\n", """{"a":[{"v":"\n","w":"x"}]}""" },
        { "explicit indentation", "a:\n  v: |2\n\n     t\n  next: x\n", """{"a":{"v":"\n t\n","next":"x"}}""" },
        { "leading blank line with fewer spaces", "a:\n  v: |\n   \n    text\n  next: x\n", """{"a":{"v":"\ntext\n","next":"x"}}""" },
        { "trailing spaces-only line", "a:\n  v: |\n    text\n       \n  next: x\n", """{"a":{"v":"text\n   \n","next":"x"}}""" },
        { "trailing blank lines, keep", "a:\n  v: |+\n    text\n  \n\n  next: x\n", """{"a":{"v":"text\n\n\n","next":"x"}}""" },
        { "folded with blank lines", "a:\n  v: >-\n\n    one\n    two\n\n  next: x\n", """{"a":{"v":"\none two","next":"x"}}""" },

        // An explicit indentation indicator (issue 13 item 1 leftover): a first line of spaces deeper than the
        // indentation is a content line of the spaces beyond it (YAML 1.2 §8.1.1.1; libyaml reads the same).
        { "explicit indentation, keep, spaces only", "a:\n  v: |1+\n      \n  next: x\n", """{"a":{"v":"   \n","next":"x"}}""" },
        { "explicit indentation, clip, spaces only", "a:\n  v: |1\n      \n  next: x\n", """{"a":{"v":"   \n","next":"x"}}""" },
        { "explicit indentation, strip, spaces only", "a:\n  v: |1-\n      \n  next: x\n", """{"a":{"v":"   ","next":"x"}}""" },
        { "explicit indentation, chomping first", "a:\n  v: |+1\n      \n  next: x\n", """{"a":{"v":"   \n","next":"x"}}""" },
        { "explicit indentation, spaces then text", "a:\n  v: |2+\n      \n    t\n  next: x\n", """{"a":{"v":"  \nt\n","next":"x"}}""" },
        { "explicit indentation, sequence entry", "a:\n  - |1+\n       \n  - x\n", """{"a":["    \n","x"]}""" },
        { "explicit indentation, folded", "a:\n  v: >1+\n      \n  next: x\n", """{"a":{"v":"   \n","next":"x"}}""" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Block_scalars_read_as_yaml_1_2_says(string name, string yaml, string json)
    {
        var diagnostics = new DiagnosticBag();

        var conversion = YamlJsonConverter.Convert(yaml, isJson: false, new LineIndex(yaml), diagnostics, TestContext.Current.CancellationToken);

        Assert.False(conversion.Failed, name + ": " + string.Join("; ", diagnostics.ToImmutableSorted()));
        Assert.Equal(0, diagnostics.Count);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), conversion.Root), $"{name}: {conversion.Root?.ToJsonString()}");
    }

    [Theory]
    [InlineData("|+", 12, "\n")] // issue 13 item 1, as reported: only spaces under 'example: |+', more than 'description' has
    [InlineData("|1+", 10, "   \n")] // its leftover: with '|1+' the indentation is 7, the 3 spaces beyond it are the value
    public void Block_scalar_with_a_deeper_first_line_of_spaces_is_read_and_located(string header, int spaces, string value)
    {
        var text = $"openapi: 3.0.1\ninfo: {{title: x, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    S:\n      type: string\n      example: {header}\n{new string(' ', spaces)}\n      description: x\n";

        var result = SpecReader.Read("blank-block.yaml", text, TestContext.Current.CancellationToken);

        Assert.Empty(result.Diagnostics);
        var schema = result.Document!.Components!.Schemas!["S"];
#pragma warning disable CS0618 // Example: the 3.0 field this document uses.
        Assert.Equal(value, schema.Example!.GetValue<string>());
#pragma warning restore CS0618
        Assert.Equal("x", schema.Description);
        Assert.True(result.SourceMap.TryGetKeySpan("/components/schemas/S/description", out var key));
        SpecAssert.At(key, line: 9, column: 6, length: "description".Length);
        Assert.Equal("x", SpecAssert.Slice(text, result.SourceMap.Find("/components/schemas/S/description")));
        Assert.Equal(header, SpecAssert.Slice(text, result.SourceMap.Find("/components/schemas/S/example")));
    }

    [Fact]
    public void A_blank_line_deeper_than_the_first_content_line_is_still_an_error()
    {
        // YAML 1.2 §8.1.1.1: leading empty lines must not hold more spaces than the first non-empty line.
        const string text = "a:\n  v: |\n        \n    text\n  next: x\n";

        var result = SpecReader.Read("deeper.yaml", text, TestContext.Current.CancellationToken);

        var error = SpecAssert.Single(result, SpecDiagnosticKind.MalformedDocument);
        Assert.Contains("extra spaces", error.Message, StringComparison.Ordinal);
        Assert.Contains("block scalar at line 2, column 6", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Span.StartLine);
    }
}
