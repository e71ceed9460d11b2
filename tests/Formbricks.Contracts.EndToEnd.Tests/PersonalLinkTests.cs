using System.Text;
using Formbricks.Contracts.EndToEnd.Api;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.EndToEnd.Tests;

public sealed class PersonalLinkTests
{
    [Theory]
    [InlineData(FakeHosting.InMemory)]
    [InlineData(FakeHosting.Http)]
    public async Task A_seven_day_link_opens_then_expires_when_the_clock_moves_eight_days(FakeHosting hosting)
    {
        await using var session = await Session.StartAsync(new FakeFormbricksOptions { Hosting = hosting });
        var seeded = session.Server.Seeded;
        var now = session.Clock.GetUtcNow();

        var link = (await session.Client().GetPersonalizedSurveyLinkAsync(seeded.LinkSurveyId, seeded.ContactId, expirationDays: 7, cancellationToken: TestContext.Current.CancellationToken)).Data;

        Assert.Equal(now.AddDays(7), link.ExpiresAt!.Value, TimeSpan.FromSeconds(1));
        Assert.StartsWith(session.Server.Url + "c/", link.SurveyUrl.AbsoluteUri, StringComparison.Ordinal);
        var opened = await session.Server.Links.OpenAsync(link.SurveyUrl, TestContext.Current.CancellationToken);
        Assert.Equal((LinkStatus.Valid, seeded.ContactId, seeded.LinkSurveyId), (opened.Status, opened.ContactId, opened.SurveyId));

        session.Clock.Advance(TimeSpan.FromDays(8));

        var expired = await session.Server.Links.OpenAsync(link.SurveyUrl, TestContext.Current.CancellationToken);
        Assert.Equal(LinkStatus.Expired, expired.Status);
        Assert.Equal("Your link is expired.", expired.Heading);
    }

    [Fact]
    public async Task Every_call_makes_a_fresh_token_and_no_expiry_means_none()
    {
        await using var session = await Session.StartAsync();
        var seeded = session.Server.Seeded;
        var client = session.Client();

        var first = (await client.GetPersonalizedSurveyLinkAsync(seeded.LinkSurveyId, seeded.ContactId, cancellationToken: TestContext.Current.CancellationToken)).Data;
        var second = (await client.GetPersonalizedSurveyLinkAsync(seeded.LinkSurveyId, seeded.ContactId, cancellationToken: TestContext.Current.CancellationToken)).Data;

        Assert.NotEqual(first.SurveyUrl, second.SurveyUrl);
        Assert.Null(first.ExpiresAt);
        session.Clock.Advance(TimeSpan.FromDays(3650));
        Assert.Equal(LinkStatus.Valid, (await session.Server.Links.OpenAsync(first.SurveyUrl, TestContext.Current.CancellationToken)).Status);
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("payload")]
    [InlineData("alg-none")]
    [InlineData("garbage")]
    [InlineData("signature", FakeHosting.Http)]
    [InlineData("alg-none", FakeHosting.Http)]
    public async Task A_tampered_token_is_refused_as_fishy(string tampering, FakeHosting hosting = FakeHosting.InMemory)
    {
        await using var session = await Session.StartAsync(new FakeFormbricksOptions { Hosting = hosting });
        var seeded = session.Server.Seeded;
        var link = (await session.Client().GetPersonalizedSurveyLinkAsync(seeded.LinkSurveyId, seeded.ContactId, cancellationToken: TestContext.Current.CancellationToken)).Data.SurveyUrl;
        var token = link.AbsolutePath[(link.AbsolutePath.LastIndexOf('/') + 1)..];
        var parts = token.Split('.');

        var tampered = tampering switch
        {
            "signature" => $"{parts[0]}.{parts[1]}.{Flip(parts[2])}",
            "payload" => $"{parts[0]}.{Flip(parts[1])}.{parts[2]}",
            "alg-none" => $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{parts[1]}.",
            _ => "not-a-token",
        };

        var outcome = await session.Server.Links.OpenAsync(new Uri(session.Server.Url, "c/" + tampered), TestContext.Current.CancellationToken);

        Assert.Equal(LinkStatus.Invalid, outcome.Status);
        Assert.Equal("This looks fishy.", outcome.Heading);
    }

    [Theory]
    [InlineData(FakeHosting.InMemory)]
    [InlineData(FakeHosting.Http)]
    public async Task A_contact_that_responded_gets_no_new_link_and_its_old_link_says_answered(FakeHosting hosting)
    {
        await using var session = await Session.StartAsync(new FakeFormbricksOptions { Hosting = hosting });
        var seeded = session.Server.Seeded;
        var client = session.Client();
        var link = (await client.GetPersonalizedSurveyLinkAsync(seeded.LinkSurveyId, seeded.ContactId, cancellationToken: TestContext.Current.CancellationToken)).Data.SurveyUrl;

        session.Server.Data.AddResponse(seeded.LinkSurveyId, seeded.ContactId);

        var error = await Assert.ThrowsAsync<FormbricksClientException>(() => client.GetPersonalizedSurveyLinkAsync(seeded.LinkSurveyId, seeded.ContactId, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(400, error.Status);
        var detail = Assert.Single(Assert.IsType<V2Error>(error.Error).Error.Details!);
        Assert.Equal(("contactId", "Already responded"), (detail.Field, detail.Issue));
        Assert.Equal(LinkStatus.AlreadyAnswered, (await session.Server.Links.OpenAsync(link, TestContext.Current.CancellationToken)).Status);
    }

    private static string Flip(string part) => part[..^2] + (part[^2] == 'A' ? 'B' : 'A') + part[^1];

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
