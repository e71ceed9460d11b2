using Formbricks.Contracts.OpenApi.Reading;
using Formbricks.Contracts.OpenApi.SourceMapping;

namespace Formbricks.Contracts.OpenApi.Tests.SourceMapping;

/// <summary>RFC 6901 escaping and the pointer forms Microsoft.OpenApi reports.</summary>
public sealed class JsonPointerTests
{
    [Theory]
    [InlineData("/v1/me", "~1v1~1me")]
    [InlineData("a~b", "a~0b")]
    [InlineData("~1", "~01")]
    [InlineData("plain", "plain")]
    public void Tokens_escape_and_unescape(string token, string escaped)
    {
        Assert.Equal(escaped, JsonPointer.Escape(token));
        Assert.Equal(token, JsonPointer.Unescape(escaped));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("#", "")]
    [InlineData("#/", "")]
    [InlineData("", "")]
    [InlineData("#/paths/~1v1~1me/get", "/paths/~1v1~1me/get")]
    [InlineData("/paths", "/paths")]
    [InlineData("paths/x", "/paths/x")]
    [InlineData("#/components/schemas/A%20B", "/components/schemas/A B")]
    public void Pointers_normalise(string? pointer, string expected) => Assert.Equal(expected, JsonPointer.Normalize(pointer));

    [Fact]
    public void Split_and_parent_work_on_escaped_pointers()
    {
        Assert.Equal(new[] { "paths", "/v1/me", "get" }, JsonPointer.Split("/paths/~1v1~1me/get"));
        Assert.Equal("/paths/~1v1~1me", JsonPointer.Parent("/paths/~1v1~1me/get"));
        Assert.Equal(string.Empty, JsonPointer.Parent("/paths"));
        Assert.Null(JsonPointer.Parent(string.Empty));
    }

    [Theory]
    [InlineData("Survy", "Survey")]
    [InlineData("survey", "Survey")]
    [InlineData("Srvuey", "Survey")]
    [InlineData("Webhook", "Webhook")]
    public void Closest_name_is_suggested(string wanted, string expected) =>
        Assert.Equal(expected, NameSuggester.Closest(wanted, new[] { "Response", "Survey", "Webhook", "Contact" }));

    [Fact]
    public void Unrelated_names_get_no_suggestion() =>
        Assert.Null(NameSuggester.Closest("Organization", new[] { "Survey", "Webhook" }));
}
