using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Formbricks.Contracts.Fakes.WireMock.Tests;

/// <summary>WireMock.Net with the Formbricks catch-all: what WireMock.Net users rely on keeps working on top.</summary>
public sealed class WireMockHostingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static HttpClient Client(FormbricksWireMock formbricks)
    {
        var client = new HttpClient { BaseAddress = formbricks.ApiUrl };
        client.DefaultRequestHeaders.Add("x-api-key", formbricks.ApiKey);
        return client;
    }

    [Fact]
    public async Task Override_at_priority_1_beside_stateful_routes()
    {
        using var formbricks = FormbricksWireMock.Start(new FakeFormbricksOptions { SegmentSizes = [] });
        formbricks.Server.Given(Request.Create().WithPath("/api/v2/management/responses").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(418).WithBody("""{"overridden":true}"""));
        using var client = Client(formbricks);
        var route = $"v2/management/surveys/{formbricks.Seeded.LinkSurveyId}";

        using var overridden = await client.GetAsync("v2/management/responses", Token);
        Assert.Equal((HttpStatusCode)418, overridden.StatusCode);
        Assert.Equal("""{"overridden":true}""", await overridden.Content.ReadAsStringAsync(Token));

        using var survey = await client.GetAsync(route, Token);
        Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
        Assert.Equal(formbricks.Seeded.LinkSurveyId, (string?)JsonNode.Parse(await survey.Content.ReadAsStringAsync(Token))!["data"]!["id"]);
        Assert.True(survey.Headers.CacheControl is { NoStore: true, Private: true });

        using var delete = await client.DeleteAsync(route, Token);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        using var gone = await client.GetAsync(route, Token);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Null(formbricks.Data.Find<FakeSurvey>(formbricks.Seeded.LinkSurveyId));

        formbricks.Journal.AssertNotReceived(FakeOperations.GetResponses);
        formbricks.Journal.AssertReceived(FakeOperations.GetSurvey, times: 2);
        Assert.Equal(4, formbricks.Server.LogEntries.Count);
        Assert.Equal([418, 200, 200, 404], formbricks.Server.LogEntries.Select(e => Convert.ToInt32(e.ResponseMessage!.StatusCode, System.Globalization.CultureInfo.InvariantCulture)));

        formbricks.Reset();
        using var back = await client.GetAsync(route, Token);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task AddFormbricks_on_a_running_server_shares_faults_clock_and_bodies()
    {
        using var server = WireMockServer.Start();
        var formbricks = server.AddFormbricks(new FakeFormbricksOptions { SegmentSizes = [] });
        formbricks.Faults.For(FakeOperations.GetSurveys).Times(1).WithHeader("Retry-After", "5").RespondWith(503);
        using var client = Client(formbricks);

        using var failed = await client.GetAsync("v2/management/surveys", Token);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), failed.Headers.RetryAfter!.Delta);
        using var ok = await client.GetAsync("v2/management/surveys?limit=1", Token);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        using var content = new StringContent("""{"name":5,"name":"x"}""", Encoding.UTF8, "application/json");
        using var posted = await client.PostAsync("v2/management/surveys", content, Token);
        var entry = formbricks.Journal.AssertReceived(FakeOperations.CreateSurvey, times: 1)[0];
        Assert.Equal("""{"name":5,"name":"x"}""", entry.Body);
        Assert.Equal((int)posted.StatusCode, entry.Status);
        Assert.Equal(formbricks.Clock.GetUtcNow(), entry.Timestamp);

        using var slash = await client.GetAsync("v2/management/surveys/", Token);
        Assert.Equal(HttpStatusCode.OK, slash.StatusCode);
        Assert.Equal(308, formbricks.Journal.Entries[^2].Status);
    }

    [Fact]
    public async Task Admin_interface_lists_the_catch_all_mapping_and_the_requests()
    {
        using var formbricks = FormbricksWireMock.Start(new FakeFormbricksOptions { SegmentSizes = [] });
        using var client = Client(formbricks);
        using var admin = new HttpClient { BaseAddress = formbricks.Url };
        await client.GetAsync("v2/management/surveys", Token);

        var mappings = JsonNode.Parse(await admin.GetStringAsync("__admin/mappings", Token))!.AsArray();
        var catchAll = Assert.Single(mappings, m => (int?)m!["Priority"] == FormbricksWireMock.CatchAllPriority);
        Assert.Equal("Formbricks (Formbricks.Contracts.Fakes)", (string?)catchAll!["Title"]);

        var requests = JsonNode.Parse(await admin.GetStringAsync("__admin/requests", Token))!.AsArray();
        Assert.Contains(requests, r => (string?)r!["Request"]!["Path"] == "/api/v2/management/surveys" && (int?)r["Response"]!["StatusCode"] == 200);
    }

    [Fact]
    public async Task Dropped_connection_shows_as_an_empty_200_and_status_0_in_the_journal()
    {
        // The documented difference from the fake's own hostings: WireMock.Net's callback cannot drop the socket.
        using var formbricks = FormbricksWireMock.Start(new FakeFormbricksOptions { SegmentSizes = [] });
        formbricks.Faults.For(FakeOperations.GetSurveys).Times(1).DropConnection();
        using var client = Client(formbricks);

        using var response = await client.GetAsync("v2/management/surveys", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Token));
        Assert.Equal(0, formbricks.Journal.AssertReceived(FakeOperations.GetSurveys, times: 1)[0].Status);
    }
}
