using System.Text;

namespace Formbricks.Contracts.OpenApi.Tests.Diagnostics;

/// <summary>No input makes the reader throw: every one of these yields at least one error diagnostic.</summary>
public sealed class GarbageInputTests
{
    public static TheoryData<string, string> Inputs()
    {
        var random = new Random(20261122);
        var binary = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            binary.Append((char)random.Next(0, 256));
        }

        var deepBlock = new StringBuilder();
        for (var i = 0; i < 1000; i++)
        {
            deepBlock.Append(' ', i).Append('k').Append(i).Append(":\n");
        }

        return new TheoryData<string, string>
        {
            { "empty", string.Empty },
            { "whitespace", "   \n\n  " },
            { "tabs", "\t\t\t" },
            { "tab-indented", "openapi: 3.1.0\ninfo:\n\ttitle: x\n" },
            { "empty sequence", "[]" },
            { "empty mapping", "{}" },
            { "number", "42" },
            { "null", "~" },
            { "string", "hello" },
            { "binary-ish", binary.ToString() },
            { "nul bytes", "\0\0\0openapi: 3.1.0" },
            { "deep flow sequences", new string('[', 10_000) + new string(']', 10_000) },
            { "deep flow mappings", string.Concat(Enumerable.Repeat("{a: ", 5_000)) },
            { "deep block mappings", deepBlock.ToString() },
            { "unclosed quote", "openapi: \"3.1.0\ninfo: x\n" },
            { "lonely colon", ":" },
            { "openapi without value", "openapi:" },
            { "openapi as sequence", "openapi: [3, 1]\ninfo: {}\npaths: {}" },
            { "openapi 2", "openapi: 2.0.0\ninfo: {title: x, version: '1'}\npaths: {}" },
            { "openapi 4", "openapi: 4.0.0\ninfo: {title: x, version: '1'}\npaths: {}" },
            { "swagger", "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}" },
            { "recursive alias", "a: &a [*a]" },
            { "directive only", "%YAML 1.2\n---\n" },
            { "broken json", "{\"openapi\": \"3.1.0\", \"info\": " },
            { "lone surrogate", "openapi: \"\ud800\"" },
            { "info not a mapping", "openapi: 3.1.0\ninfo: 5\npaths: []\n" },
            { "ref to nowhere at root", "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\n$ref: '#/x'\n" },
        };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Never_throws_and_always_reports_an_error(string name, string text)
    {
        var exception = Record.Exception(() =>
        {
            foreach (var path in new[] { "spec.yaml", "spec.json", string.Empty })
            {
                var result = SpecReader.Read(path, text, TestContext.Current.CancellationToken);

                Assert.True(result.HasErrors, $"{name} via '{path}' produced no error.");
                Assert.All(result.Diagnostics, d => Assert.InRange(d.Span.End, 0, text.Length));
                Assert.NotNull(result.SourceMap);
            }
        });

        Assert.Null(exception);
    }

    [Fact]
    public void Null_arguments_do_not_throw()
    {
        var result = SpecReader.Read(null!, null!, TestContext.Current.CancellationToken);

        Assert.Null(result.Document);
        Assert.True(result.HasErrors);
        Assert.Equal(string.Empty, result.Path);
    }
}
