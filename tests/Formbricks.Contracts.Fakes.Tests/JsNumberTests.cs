using System.Net;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// <c>z.coerce.number()</c> runs JavaScript's <c>Number(text)</c>: the fake's version, table-driven through the
/// <c>limit</c> of a v2 list (<c>min(1).max(250)</c>; the accepted value comes back as <c>meta.limit</c>, floored).
/// </summary>
public sealed class JsNumberTests : IClassFixture<FakeFormbricksFixture>
{
    private const string NaN = "Invalid input: expected number, received NaN";
    private const string NonFinite = "Invalid input: expected number, received number";
    private const string TooSmall = "Too small: expected number to be >=1";
    private const string TooBig = "Too big: expected number to be <=250";
    private readonly FakeFormbricksServer _server;

    public JsNumberTests(FakeFormbricksFixture fixture)
    {
        _server = fixture.Server;
    }

    /// <summary><paramref name="query"/> is the raw, percent-encoded query value.</summary>
    [Theory]
    [InlineData("0x1A", 26, null)] // hex, binary and octal, either case of the prefix
    [InlineData("0X1a", 26, null)]
    [InlineData("0x0000000000000000001A", 26, null)]
    [InlineData("0b11", 3, null)]
    [InlineData("0B11", 3, null)]
    [InlineData("0o17", 15, null)]
    [InlineData("0O17", 15, null)]
    [InlineData("0xFF", null, TooBig)]
    [InlineData("-0x1A", null, NaN)] // no sign with a prefix
    [InlineData("%2B0x1A", null, NaN)]
    [InlineData("0x", null, NaN)]
    [InlineData("0x1G", null, NaN)]
    [InlineData("0b2", null, NaN)]
    [InlineData("0o8", null, NaN)]
    [InlineData("0x1.5", null, NaN)]
    [InlineData("%20%205%20", 5, null)] // white space: JavaScript's set
    [InlineData("%097%0A%0D", 7, null)]
    [InlineData("%0B%0C8%E2%80%A8%E2%80%A9", 8, null)]
    [InlineData("%EF%BB%BF9%C2%A0%E3%80%80", 9, null)]
    [InlineData("%C2%859", null, NaN)] // U+0085 is white space to .NET, not to JavaScript
    [InlineData("9%00", null, NaN)]
    [InlineData("", null, TooSmall)] // blank is 0
    [InlineData("%20%20", null, TooSmall)]
    [InlineData("00012", 12, null)] // decimals
    [InlineData("%2B5", 5, null)]
    [InlineData("5.", 5, null)]
    [InlineData(".5e1", 5, null)]
    [InlineData("%2B.5E%2B1", 5, null)]
    [InlineData("1e1", 10, null)]
    [InlineData("2.5", 2, null)]
    [InlineData("1e-400", null, TooSmall)]
    [InlineData("-0", null, TooSmall)]
    [InlineData("1_000", null, NaN)]
    [InlineData("1e", null, NaN)]
    [InlineData("1e%2B", null, NaN)]
    [InlineData(".", null, NaN)]
    [InlineData(".e1", null, NaN)]
    [InlineData("1,5", null, NaN)]
    [InlineData("1%205", null, NaN)]
    [InlineData("%D9%A3", null, NaN)] // an Arabic-Indic digit
    [InlineData("%2B-5", null, NaN)]
    [InlineData("NaN", null, NaN)]
    [InlineData("infinity", null, NaN)] // Infinity is case-sensitive
    [InlineData("INFINITY", null, NaN)]
    [InlineData("Infinity", null, NonFinite)] // zod 4 rejects non-finite numbers
    [InlineData("%2BInfinity", null, NonFinite)]
    [InlineData("-Infinity", null, NonFinite)]
    [InlineData("%20Infinity%20", null, NonFinite)]
    [InlineData("1e400", null, NonFinite)]
    public async Task Limit_is_coerced_like_javascript_Number(string query, int? limit, string? issue)
    {
        using var client = _server.CreateClient();
        var (status, body) = await client.GetJsonAsync($"v2/management/surveys?limit={query}");
        if (limit is { } expected)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(expected, (int)body!["meta"]!["limit"]!);
        }
        else
        {
            Assert.Equal((HttpStatusCode)422, status);
            Assert.Equal(
                $$$"""{"error":{"code":422,"message":"Unprocessable Entity","details":[{"field":"limit","issue":"{{{issue}}}"}]}}""",
                body.Json());
        }
    }

    [Theory]
    [InlineData("0x2", null)]
    [InlineData("%202%20", null)]
    [InlineData("Infinity", NonFinite)]
    [InlineData("-Infinity", NonFinite)]
    [InlineData("0x1.8", NaN)]
    public async Task ExpirationDays_of_a_contact_link_is_coerced_the_same_way(string query, string? issue)
    {
        var contact = _server.Data.AddContact(_server.Seeded.EnvironmentId);
        using var client = _server.CreateClient();
        var (status, body) = await client.GetJsonAsync(
            $"v2/management/surveys/{_server.Seeded.LinkSurveyId}/contact-links/contacts/{contact.Id}?expirationDays={query}");
        if (issue is null)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            var expiresAt = DateTimeOffset.Parse((string)body!["data"]!["expiresAt"]!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(_server.Clock.GetUtcNow().AddDays(2), expiresAt);
        }
        else
        {
            Assert.Equal((HttpStatusCode)422, status);
            Assert.Equal(
                $$$"""{"error":{"code":422,"message":"Unprocessable Entity","details":[{"field":"expirationDays","issue":"{{{issue}}}"}]}}""",
                body.Json());
        }
    }
}
