using Formbricks.Contracts.EndToEnd.Api;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.EndToEnd.Tests;

/// <summary>The error paths of the behaviour notes, as a user of the generated client meets them.</summary>
public sealed class ErrorPathTests
{
    [Fact]
    public async Task A_wrong_key_is_401_with_the_v2_body_and_the_key_is_nowhere_in_the_exception()
    {
        await using var session = await Session.StartAsync();

        var error = await Assert.ThrowsAsync<FormbricksClientException>(() =>
            session.Client("fbk_wrong-key-123").GetContactLinksBySegmentAsync(session.Server.Seeded.LinkSurveyId, session.Server.Seeded.SegmentsBySize[10], cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(401, error.Status);
        var body = Assert.IsType<V2Error>(error.Error).Error;
        Assert.Equal((401, "Unauthorized", null), (body.Code, body.Message, body.Details));
        Assert.DoesNotContain("fbk_wrong-key-123", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_key_on_a_v1_route_is_401_not_authenticated()
    {
        await using var session = await Session.StartAsync();

        var error = await Assert.ThrowsAsync<FormbricksClientException>(() => session.Client(apiKey: null).GetSingleUseIdsAsync(session.Server.Seeded.SingleUseSurveyId, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(401, error.Status);
        Assert.Equal("not_authenticated", Assert.IsType<Error>(error.Error).Code);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("paused")]
    [InlineData("completed")]
    [InlineData("app")]
    public async Task The_segment_route_refuses_a_survey_that_is_not_an_in_progress_link_survey_with_403(string kind)
    {
        await using var session = await Session.StartAsync();
        var seeded = session.Server.Seeded;
        var survey = kind switch { "draft" => seeded.DraftSurveyId, "paused" => seeded.PausedSurveyId, "completed" => seeded.CompletedSurveyId, _ => seeded.AppSurveyId };

        var error = await Assert.ThrowsAsync<FormbricksClientException>(() => session.Client().GetContactLinksBySegmentAsync(survey, seeded.SegmentsBySize[10], cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(403, error.Status);
        Assert.Equal((403, "Forbidden", null), (Assert.IsType<V2Error>(error.Error).Error.Code, ((V2Error)error.Error!).Error.Message, ((V2Error)error.Error!).Error.Details));
    }

    [Fact]
    public async Task The_contact_route_still_links_a_draft_link_survey_but_refuses_an_app_survey_with_400()
    {
        await using var session = await Session.StartAsync();
        var seeded = session.Server.Seeded;
        var client = session.Client();

        var draft = await client.GetPersonalizedSurveyLinkAsync(seeded.DraftSurveyId, seeded.ContactId, cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotNull(draft.Data.SurveyUrl);

        var error = await Assert.ThrowsAsync<FormbricksClientException>(() => client.GetPersonalizedSurveyLinkAsync(seeded.AppSurveyId, seeded.ContactId, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(400, error.Status);
        Assert.Equal("Not a link survey", Assert.Single(Assert.IsType<V2Error>(error.Error).Error.Details!).Issue);
    }

    [Theory]
    [InlineData("segment")]
    [InlineData("contact")]
    [InlineData("survey")]
    public async Task Unknown_ids_are_404_with_details_except_an_unknown_survey_on_the_segment_route_which_is_500(string unknown)
    {
        await using var session = await Session.StartAsync();
        var seeded = session.Server.Seeded;
        var client = session.Client();
        const string missing = "clnosuchthing000000000000";

        var error = await Assert.ThrowsAsync<FormbricksClientException>(() => unknown switch
        {
            "segment" => client.GetContactLinksBySegmentAsync(seeded.LinkSurveyId, missing, cancellationToken: TestContext.Current.CancellationToken),
            "contact" => client.GetPersonalizedSurveyLinkAsync(seeded.LinkSurveyId, missing, cancellationToken: TestContext.Current.CancellationToken),
            _ => client.GetContactLinksBySegmentAsync(missing, seeded.SegmentsBySize[10], cancellationToken: TestContext.Current.CancellationToken),
        });

        var body = Assert.IsType<V2Error>(error.Error).Error;
        if (unknown == "survey")
        {
            Assert.Equal((500, "Internal Server Error"), (error.Status, body.Message));
            return;
        }

        Assert.Equal(404, error.Status);
        Assert.Equal((unknown, "not found"), (Assert.Single(body.Details!).Field, body.Details![0].Issue));
    }

    [Theory]
    [InlineData(251, null, null, "limit", "Too big: expected number to be <=250")]
    [InlineData(0, null, null, "limit", "Too small: expected number to be >=1")]
    [InlineData(null, 400.0, null, "expirationDays", "Too big: expected number to be <=365")]
    [InlineData(null, null, "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u", "attributeKeys", "You can have max 20 keys.")]
    public async Task Bad_query_values_are_422_with_the_field_and_the_issue(int? limit, double? expirationDays, string? attributeKeys, string field, string issue)
    {
        await using var session = await Session.StartAsync();

        var error = await Assert.ThrowsAsync<FormbricksClientException>(() => session.Client().GetContactLinksBySegmentAsync(
            session.Server.Seeded.LinkSurveyId, session.Server.Seeded.SegmentsBySize[10], limit: limit, expirationDays: expirationDays, attributeKeys: attributeKeys, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(422, error.Status);
        var detail = Assert.Single(Assert.IsType<V2Error>(error.Error).Error.Details!);
        Assert.Equal((field, issue), (detail.Field, detail.Issue));
    }

    [Fact]
    public async Task The_101st_request_in_a_minute_is_429_and_the_next_minute_is_open_again()
    {
        await using var session = await Session.StartAsync(new FakeFormbricksOptions { RateLimit = true });
        var client = session.Client();

        for (var i = 0; i < 100; i++)
        {
            await client.GetSurveysAsync(limit: 1, cancellationToken: TestContext.Current.CancellationToken);
        }

        var error = await Assert.ThrowsAsync<FormbricksClientException>(() => client.GetSurveysAsync(limit: 1, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(429, error.Status);
        Assert.Equal((429, "Too Many Requests"), (Assert.IsType<V2Error>(error.Error).Error.Code, ((V2Error)error.Error!).Error.Message));

        session.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.NotNull(await client.GetSurveysAsync(limit: 1, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Injected_faults_reach_the_client_as_the_real_failures_would()
    {
        await using var session = await Session.StartAsync(checkContract: false);
        var client = session.Client();
        session.Server.Faults.For("getSurveys").Times(2).RespondWith(503);
        session.Server.Faults.For("getMe").Times(1).DropConnection();

        Assert.Equal(503, (await Assert.ThrowsAsync<FormbricksClientException>(() => client.GetSurveysAsync(cancellationToken: TestContext.Current.CancellationToken))).Status);
        Assert.Equal(503, (await Assert.ThrowsAsync<FormbricksClientException>(() => client.GetSurveysAsync(cancellationToken: TestContext.Current.CancellationToken))).Status);
        Assert.NotEmpty((await client.GetSurveysAsync(cancellationToken: TestContext.Current.CancellationToken)).Data);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetMeAsync(TestContext.Current.CancellationToken));
    }
}
