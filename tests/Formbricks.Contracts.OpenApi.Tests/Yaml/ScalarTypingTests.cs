using SharpYaml;
using SharpYaml.Events;
using Formbricks.Contracts.OpenApi.Yaml;

namespace Formbricks.Contracts.OpenApi.Tests.Yaml;

/// <summary>YAML 1.2 core-schema typing of plain scalars; numbers keep their source text.</summary>
public sealed class ScalarTypingTests
{
    [Theory]
    [InlineData("true", "true")]
    [InlineData("False", "false")]
    [InlineData("42", "42")]
    [InlineData("-7", "-7")]
    [InlineData("2.0", "2.0")]
    [InlineData("1e3", "1e3")]
    [InlineData("12345678901234567890123", "12345678901234567890123")]
    [InlineData("+12", "12")]
    [InlineData("0012", "12")]
    [InlineData("0x1F", "31")]
    [InlineData("0o17", "15")]
    [InlineData(".5", "0.5")]
    [InlineData("hello", "\"hello\"")]
    [InlineData("1.0.0", "\"1.0.0\"")]
    [InlineData(".inf", "\".inf\"")]
    [InlineData("-", "\"-\"")]
    [InlineData("yes", "\"yes\"")]
    public void Plain_scalars_follow_the_core_schema(string plain, string json)
    {
        var node = ScalarTyping.TypePlain(plain);

        Assert.Equal(json, node!.ToJsonString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("NULL")]
    public void Null_forms_become_null(string plain) => Assert.Null(ScalarTyping.TypePlain(plain));

    [Fact]
    public void Quoted_and_block_scalars_stay_strings()
    {
        const string text = "openapi: 3.1.0\ninfo: {title: 'true', version: \"2.0\"}\npaths: {}\nx-block: |\n  42\n";

        var result = SpecReader.Read("quoted.yaml", text, TestContext.Current.CancellationToken);

        Assert.Equal("true", result.Document!.Info.Title);
        Assert.Equal("2.0", result.Document.Info.Version);
        Assert.True(result.SourceMap.TryGetSpan("/x-block", out var block));
        Assert.Equal("|\n  42", text.Substring(block.Offset, block.Length));
        var literal = new Scalar(null, null, "42\n", ScalarStyle.Literal, false, true);
        Assert.Equal("\"42\\n\"", ScalarTyping.ToNode(literal)!.ToJsonString());
        var quoted = new Scalar(null, null, "null", ScalarStyle.SingleQuoted, false, true);
        Assert.Equal("\"null\"", ScalarTyping.ToNode(quoted)!.ToJsonString());
        var tagged = new Scalar(null, "tag:yaml.org,2002:str", "12", ScalarStyle.Plain, false, false);
        Assert.Equal("\"12\"", ScalarTyping.ToNode(tagged)!.ToJsonString());
    }
}
