using System.Net;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>Personal links: issuing (§1.2), opening (§2), expiry by the fake clock, refused tokens.</summary>
public sealed class PersonalLinkTests : IAsyncLifetime
{
    private FakeFormbricksServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeFormbricksServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private async Task<(string Url, string? ExpiresAt)> IssueAsync(string contactId, string? query = null)
    {
        using var client = _server.CreateClient();
        var (status, body) = await client.GetJsonAsync(
            $"v2/management/surveys/{_server.Seeded.LinkSurveyId}/contact-links/contacts/{contactId}{query}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body!["meta"]);
        return ((string)body["data"]!["surveyUrl"]!, (string?)body["data"]!["expiresAt"]);
    }

    [Fact]
    public async Task Seven_day_link_is_valid_then_expired_after_eight_days()
    {
        var (url, expiresAt) = await IssueAsync(_server.Seeded.ContactId, "?expirationDays=7");
        Assert.Equal(FakeClock.ToIsoString(_server.Clock.GetUtcNow().AddDays(7)), expiresAt);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", expiresAt);

        var valid = await _server.Links.OpenAsync(new Uri(url), TestContext.Current.CancellationToken);
        Assert.Equal(LinkStatus.Valid, valid.Status);
        Assert.Equal(_server.Seeded.ContactId, valid.ContactId);
        Assert.Equal(_server.Seeded.LinkSurveyId, valid.SurveyId);

        _server.Clock.Advance(TimeSpan.FromDays(8));
        var expired = await _server.Links.OpenAsync(new Uri(url), TestContext.Current.CancellationToken);
        Assert.Equal(LinkStatus.Expired, expired.Status);
        Assert.Equal(200, expired.HttpStatus);
        Assert.Equal("Your link is expired.", expired.Heading);
        Assert.Equal("The link you used is no longer valid.", expired.Text);
    }

    [Fact]
    public async Task Expires_exactly_at_exp()
    {
        var (url, _) = await IssueAsync(_server.Seeded.ContactId, "?expirationDays=1");
        _server.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        Assert.Equal(LinkStatus.Valid, (await _server.Links.OpenAsync(new Uri(url), TestContext.Current.CancellationToken)).Status);
        _server.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(LinkStatus.Expired, (await _server.Links.OpenAsync(new Uri(url), TestContext.Current.CancellationToken)).Status);
    }

    [Fact]
    public async Task Every_call_gives_a_fresh_token_with_opaque_claims_and_no_exp_by_default()
    {
        var (first, expiresAt) = await IssueAsync(_server.Seeded.ContactId);
        var (second, _) = await IssueAsync(_server.Seeded.ContactId);
        Assert.Null(expiresAt);
        Assert.NotEqual(first, second);
        var jwt = new JsonWebToken(first[(first.LastIndexOf('/') + 1)..]);
        Assert.Equal("HS256", jwt.Alg);
        Assert.False(jwt.TryGetPayloadValue<long>("exp", out _));
        Assert.Equal(_server.Clock.GetUtcNow().ToUnixTimeSeconds(), jwt.GetPayloadValue<long>("iat"));
        Assert.DoesNotContain(_server.Seeded.ContactId, jwt.GetPayloadValue<string>("contactId"), StringComparison.Ordinal);
        Assert.Equal(3, jwt.GetPayloadValue<string>("surveyId").Split(':').Length);
    }

    [Fact]
    public async Task Tampered_alg_none_and_foreign_key_tokens_look_fishy()
    {
        var (url, _) = await IssueAsync(_server.Seeded.ContactId);
        var token = url[(url.LastIndexOf('/') + 1)..];
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));

        var tamperedPayload = Base64UrlEncoder.Encode(payload.Replace("\"iat\":", "\"iat\":1", StringComparison.Ordinal));
        var tampered = $"{parts[0]}.{tamperedPayload}.{parts[2]}";
        var none = $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{parts[1]}.";
        var foreignKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 64)));
        var foreign = new JsonWebTokenHandler().CreateToken(payload, new SigningCredentials(foreignKey, SecurityAlgorithms.HmacSha256));

        foreach (var bad in new[] { tampered, none, foreign, "garbage", "a.b.c", token + "x" })
        {
            var outcome = await _server.Links.OpenAsync(new Uri(_server.Url, "c/" + bad), TestContext.Current.CancellationToken);
            Assert.Equal(LinkStatus.Invalid, outcome.Status);
            Assert.Equal("This looks fishy.", outcome.Heading);
            Assert.Equal("This survey can only be taken by invitation.", outcome.Text);
        }
    }

    [Fact]
    public async Task Html_page_is_200_with_the_real_texts()
    {
        using var client = _server.CreateClient();
        using var response = await client.GetAsync(new Uri(_server.Url, "c/garbage"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("This looks fishy.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Response_through_the_v2_client_api_is_attributed_and_closes_the_link()
    {
        var contactId = _server.Seeded.ContactId;
        var (url, _) = await IssueAsync(contactId);
        var opened = await _server.Links.OpenAsync(new Uri(url), TestContext.Current.CancellationToken);
        Assert.Equal(LinkStatus.Valid, opened.Status);

        using var client = _server.CreateClient(apiKey: null);
        var (status, body) = await client.PostJsonAsync(
            $"v2/client/{_server.Seeded.EnvironmentId}/responses",
            new System.Text.Json.Nodes.JsonObject
            {
                ["surveyId"] = opened.SurveyId, ["contactId"] = opened.ContactId, ["finished"] = true, ["data"] = new System.Text.Json.Nodes.JsonObject { ["q1"] = "yes" },
            });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False((bool)body!["data"]!["quotaFull"]!);
        var stored = _server.Data.Find<FakeResponse>((string)body["data"]!["id"]!)!;
        Assert.Equal(contactId, stored.ContactId);
        Assert.Equal(_server.Data.Find<FakeContact>(contactId)!.Attributes["email"], stored.ContactAttributes!["email"]);

        var again = await _server.Links.OpenAsync(new Uri(url), TestContext.Current.CancellationToken);
        Assert.Equal(LinkStatus.AlreadyAnswered, again.Status);
        Assert.Equal("The survey has already been answered.", again.Heading);

        using var management = _server.CreateClient();
        var (refused, error) = await management.GetJsonAsync(
            $"v2/management/surveys/{_server.Seeded.LinkSurveyId}/contact-links/contacts/{contactId}");
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal("""{"error":{"code":400,"message":"Bad Request","details":[{"field":"contactId","issue":"Already responded"}]}}""", error.Json());
    }

    [Fact]
    public async Task Paused_completed_and_draft_surveys_show_their_pages()
    {
        var seeded = _server.Seeded;
        Assert.Equal(LinkStatus.Paused, (await OpenFor(seeded.PausedSurveyId)).Status);
        Assert.Equal(LinkStatus.Completed, (await OpenFor(seeded.CompletedSurveyId)).Status);
        var draft = await OpenFor(seeded.DraftSurveyId);
        Assert.Equal(LinkStatus.NotFound, draft.Status);
        Assert.Equal(404, draft.HttpStatus);
    }

    [Fact]
    public async Task Personal_link_of_a_single_use_survey_carries_suId_and_suToken()
    {
        var link = _server.Links.CreateContactLink(_server.Seeded.ContactId, _server.Seeded.SingleUseSurveyId);
        Assert.Contains("suToken=", link.Query, StringComparison.Ordinal);
        Assert.Equal(LinkStatus.Valid, (await _server.Links.OpenAsync(link, TestContext.Current.CancellationToken)).Status);
        var stripped = new Uri(link.GetLeftPart(UriPartial.Path));
        Assert.Equal(LinkStatus.Invalid, (await _server.Links.OpenAsync(stripped, TestContext.Current.CancellationToken)).Status);
    }

    private Task<LinkOutcome> OpenFor(string surveyId) =>
        _server.Links.OpenAsync(_server.Links.CreateContactLink(_server.Seeded.ContactId, surveyId), TestContext.Current.CancellationToken);
}
