using System.Net;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>The seeded surveys cover both types in every status; a seeded response used a single-use id, ready for a 409.</summary>
public sealed class SeedingTests : IClassFixture<FakeFormbricksFixture>
{
    private readonly FakeFormbricksServer _server;

    public SeedingTests(FakeFormbricksFixture fixture)
    {
        _server = fixture.Server;
    }

    [Fact]
    public async Task Link_and_app_surveys_are_seeded_in_every_status()
    {
        using var client = _server.CreateClient();
        var seeded = _server.Seeded;
        var expected = new Dictionary<string, (string Type, string Status)>
        {
            [seeded.LinkSurveyId] = ("link", "inProgress"),
            [seeded.DraftSurveyId] = ("link", "draft"),
            [seeded.PausedSurveyId] = ("link", "paused"),
            [seeded.CompletedSurveyId] = ("link", "completed"),
            [seeded.AppSurveyId] = ("app", "inProgress"),
            [seeded.AppDraftSurveyId] = ("app", "draft"),
            [seeded.AppPausedSurveyId] = ("app", "paused"),
            [seeded.AppCompletedSurveyId] = ("app", "completed"),
        };
        foreach (var (id, (type, status)) in expected)
        {
            var (code, body) = await client.GetJsonAsync($"v2/management/surveys/{id}");
            Assert.Equal(HttpStatusCode.OK, code);
            Assert.Equal(type, (string)body!["data"]!["type"]!);
            Assert.Equal(status, (string)body["data"]!["status"]!);
        }
    }

    [Fact]
    public async Task Seeded_single_use_response_makes_its_link_a_409_and_an_answered_page()
    {
        var seeded = _server.Seeded;
        var response = _server.Data.Find<FakeResponse>(seeded.SingleUseResponseId)!;
        Assert.Equal(seeded.SingleUseSurveyId, response.SurveyId);
        Assert.Equal(seeded.UsedSingleUseId, response.SingleUseId);
        Assert.True(response.Finished);

        var link = _server.Links.CreateSingleUseLink(seeded.SingleUseSurveyId, seeded.UsedSingleUseId);
        Assert.Equal(LinkStatus.AlreadyAnswered, (await _server.Links.OpenAsync(link, TestContext.Current.CancellationToken)).Status);

        using var client = _server.CreateClient(apiKey: null);
        var (status, body) = await client.PostJsonAsync($"v1/client/{seeded.EnvironmentId}/responses", new JsonObject
        {
            ["surveyId"] = seeded.SingleUseSurveyId,
            ["finished"] = true,
            ["data"] = new JsonObject { ["q1"] = "again" },
            ["singleUseId"] = seeded.UsedSingleUseId,
            ["meta"] = new JsonObject { ["url"] = link.ToString() },
        });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("""{"code":"conflict","message":"Response already submitted for this single-use link","details":{}}""", body.Json());
    }

    [Fact]
    public async Task Same_seed_gives_the_same_new_ids()
    {
        await using var first = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Seed = 3, SegmentSizes = [] }, TestContext.Current.CancellationToken);
        await using var second = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Seed = 3, SegmentSizes = [] }, TestContext.Current.CancellationToken);
        Assert.Equal(first.Seeded.UsedSingleUseId, second.Seeded.UsedSingleUseId);
        Assert.Equal(first.Seeded.AppCompletedSurveyId, second.Seeded.AppCompletedSurveyId);
        Assert.Equal(first.Links.CreateSingleUseLink(first.Seeded.SingleUseSurveyId, "CUSTOMER-4711"), second.Links.CreateSingleUseLink(second.Seeded.SingleUseSurveyId, "CUSTOMER-4711"));
    }
}
