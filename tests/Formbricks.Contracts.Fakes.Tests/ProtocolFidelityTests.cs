using System.Net;
using System.Text;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// Issue 12, defects 1, 2 and 7: the URL and request line as Next.js and Node take them (encoding kept in a
/// redirect, 16 KiB request lines, <c>OPTIONS</c> with <c>Allow</c>), lone surrogates in bodies, and v1's
/// <c>Cache-Control</c>; each in memory and over Kestrel alike.
/// </summary>
public sealed class ProtocolFidelityTests
{
    public static TheoryData<FakeHosting> Hostings => [FakeHosting.InMemory, FakeHosting.Http];

    [Theory]
    [MemberData(nameof(Hostings))]
    public async Task Trailing_slash_redirect_keeps_the_percent_encoding(FakeHosting hosting)
    {
        await using var server = await Start(hosting);
        using var client = server.CreateClient(server.ApiKey, followRedirects: false);
        string[] paths =
        [
            "/api/v2/management/surveys/%C3%A9/",
            "/api/v2/management/surveys/a%25b/",
            "/api/v2/management/responses/%E2%9C%93%20x//",
            "/api/v1/management/surveys/%F0%9F%98%80/",
            "/s/%C3%BC%25/",
        ];
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(server.Url, path + "?q=%C3%A9"), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
            Assert.Equal(path.TrimEnd('/') + "?q=%C3%A9", response.Headers.Location!.OriginalString);
        }
    }

    [Theory]
    [MemberData(nameof(Hostings))]
    public async Task Lone_surrogate_escapes_reach_validation_in_every_family(FakeHosting hosting)
    {
        await using var server = await Start(hosting);
        using var client = server.CreateClient();
        var env = server.Seeded.EnvironmentId;
        (string Path, string Body, HttpStatusCode Expected)[] cases =
        [
            ("v2/management/responses", """{"surveyId":"\ud800","finished":true,"data":{}}""", (HttpStatusCode)422),
            ("v2/management/responses", """{"surveyId":"\udfff\ud800x","finished":true,"data":{"\udc00":"\ud83d"}}""", (HttpStatusCode)422),
            ("v2/management/contact-attribute-keys", """{"key":"a\ud800"}""", (HttpStatusCode)422),
            ("v1/management/action-classes", """{"name":"\ud800","type":5}""", HttpStatusCode.BadRequest),
            ($"v1/client/{env}/displays", """{"surveyId":"\ud800"}""", HttpStatusCode.BadRequest),
            ($"v2/client/{env}/responses", """{"\ud800":1}""", HttpStatusCode.BadRequest),
        ];
        foreach (var (path, body, expected) in cases)
        {
            var (status, _) = await client.SendJsonAsync(HttpMethod.Post, path, body);
            Assert.Equal(expected, status);
        }

        // A well-formed pair stays what it was, and the escape of a backslash is no surrogate.
        var (created, createdBody) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/contact-attribute-keys",
            """{"key":"pair_ok","name":"\ud83d\ude00 \\ud800 \ud800"}""");
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("\U0001F600 \\ud800 \uFFFD", (string)createdBody!["data"]!["name"]!);
    }

    [Theory]
    [MemberData(nameof(Hostings))]
    public async Task Request_lines_up_to_16_KiB_are_taken_as_Node_takes_them(FakeHosting hosting)
    {
        await using var server = await Start(hosting);
        using var client = server.CreateClient(null);

        var token = new string('a', 10 * 1024);
        using var page = await client.GetAsync(new Uri(server.Url, "/c/" + token), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // the "link invalid" page, not Kestrel's 414

        var near = "/c/" + new string('b', RequestLineLimit - "GET /c/ HTTP/1.1".Length);
        using var atLimit = await client.GetAsync(new Uri(server.Url, near), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);

        using var over = await client.GetAsync(new Uri(server.Url, near + "b"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, over.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Hostings))]
    public async Task Options_on_a_route_is_204_with_the_route_s_methods(FakeHosting hosting)
    {
        await using var server = await Start(hosting);
        using var client = server.CreateClient(null);
        (string Path, string Allow)[] cases =
        [
            ("v2/management/responses", "GET, HEAD, OPTIONS, POST"),
            ($"v2/management/responses/{server.Seeded.ResponseId}", "DELETE, GET, HEAD, OPTIONS, PUT"),
            ("v2/management/contacts/bulk", "OPTIONS, PUT"),
            ("v1/management/action-classes", "GET, HEAD, OPTIONS, POST"),
        ];
        foreach (var (path, allow) in cases)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, path);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        }

        using var unknown = new HttpRequestMessage(HttpMethod.Options, "v2/management/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(unknown, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task V1_success_answers_are_private_no_store_and_errors_are_not()
    {
        await using var server = await Start(FakeHosting.InMemory);
        using var client = server.CreateClient();
        foreach (var path in new[] { "v1/management/me", "v1/management/action-classes", "v1/webhooks", $"v1/management/surveys/{server.Seeded.SingleUseSurveyId}/singleUseIds" })
        {
            using var ok = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(ok.IsSuccessStatusCode, path);
            Assert.Equal("private, no-store", ok.Headers.NonValidated["Cache-Control"].ToString());
        }

        using var missing = await client.GetAsync("v1/webhooks/nothere0000000000000000000", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.CacheControl);
    }

    private const int RequestLineLimit = 16 * 1024;

    private static Task<FakeFormbricksServer> Start(FakeHosting hosting) =>
        FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = hosting, SegmentSizes = [] });
}
