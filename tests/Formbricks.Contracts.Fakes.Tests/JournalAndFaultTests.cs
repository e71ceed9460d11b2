using System.Diagnostics;
using System.Net;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>The request journal, injected faults and the rate limit; in memory and over Kestrel.</summary>
public sealed class JournalAndFaultTests
{
    public static TheoryData<FakeHosting> Hostings => [FakeHosting.InMemory, FakeHosting.Http];

    private static Task<FakeFormbricksServer> StartAsync(FakeHosting hosting) =>
        FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = hosting, SegmentSizes = [] }, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Journal_records_method_path_query_headers_body_status_and_time()
    {
        await using var server = await StartAsync(FakeHosting.InMemory);
        using var client = server.CreateClient();
        await client.GetJsonAsync("v2/management/surveys?limit=2");
        await client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys", """{"name":"x"}""");

        Assert.Equal(2, server.Journal.Count);
        var get = Assert.Single(server.Journal.Find("GET", "/api/v2/management/surveys"));
        Assert.Equal("?limit=2", get.Query);
        Assert.Equal(200, get.Status);
        Assert.Equal("getSurveys", get.OperationId);
        Assert.Equal(server.ApiKey, get.Headers["X-API-KEY"]);
        Assert.Equal(server.Clock.GetUtcNow(), get.Timestamp);
        var post = server.Journal.Where(e => e.Method == "POST").Single();
        Assert.Equal("""{"name":"x"}""", post.Body);
        Assert.Equal(422, post.Status);
        Assert.Single(server.Journal.ForOperation("createSurvey"));

        server.Journal.Clear();
        Assert.Empty(server.Journal);
    }

    [Theory]
    [MemberData(nameof(Hostings))]
    public async Task Fails_twice_then_succeeds(FakeHosting hosting)
    {
        await using var server = await StartAsync(hosting);
        server.Faults.For("getSurveys").Times(2).RespondWith(503);
        using var client = server.CreateClient();

        var first = await client.GetJsonAsync("v2/management/surveys");
        var second = await client.GetJsonAsync("v2/management/surveys");
        var third = await client.GetJsonAsync("v2/management/surveys");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.Status);
        Assert.Equal("""{"error":{"code":503,"message":"Service Unavailable"}}""", first.Body.Json());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal([503, 503, 200], server.Journal.Select(e => e.Status));
    }

    [Theory]
    [MemberData(nameof(Hostings))]
    public async Task Dropped_connection_surfaces_as_HttpRequestException(FakeHosting hosting)
    {
        await using var server = await StartAsync(hosting);
        server.Faults.For("GET", "/v2/management/surveys/{id}").Times(1).DropConnection();
        using var client = server.CreateClient();
        var path = $"v2/management/surveys/{server.Seeded.LinkSurveyId}";

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync(path)).Status);
        Assert.Equal(0, server.Journal.Entries[0].Status);
    }

    [Fact]
    public async Task Delay_and_429_faults_and_v1_error_shape()
    {
        await using var server = await StartAsync(FakeHosting.InMemory);
        server.Faults.For("getWebhooks").Times(1).Delay(TimeSpan.FromMilliseconds(200))
            .For("getMe").Times(1).TooManyRequests()
            .For("getWebhook").Times(1).RespondWith(500);
        using var client = server.CreateClient();

        var watch = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v1/webhooks")).Status);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(150));

        var me = await client.GetJsonAsync("v1/me");
        Assert.Equal(HttpStatusCode.TooManyRequests, me.Status);
        Assert.Equal("""{"code":"too_many_requests","message":"Maximum number of requests reached. Please try again later.","details":{}}""", me.Body.Json());
        var webhook = await client.GetJsonAsync($"v1/webhooks/{server.Seeded.WebhookId}");
        Assert.Equal(HttpStatusCode.InternalServerError, webhook.Status);
        Assert.Equal("internal_server_error", (string)webhook.Body!["code"]!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v1/me")).Status);

        server.Faults.For("getMe").RespondWith(502);
        Assert.Equal(HttpStatusCode.BadGateway, (await client.GetJsonAsync("v1/me")).Status);
        Assert.Equal(HttpStatusCode.BadGateway, (await client.GetJsonAsync("v1/me")).Status);
        server.Faults.Clear();
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v1/me")).Status);
    }

    [Fact]
    public async Task Rate_limit_101st_request_in_the_window_is_429_per_key()
    {
        await using var server = await FakeFormbricksServer.StartAsync(
            new FakeFormbricksOptions { RateLimit = true, SegmentSizes = [], ApiKeys = [new FakeApiKey("fbk_second", FakeAccessLevel.Read)] },
            TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/surveys?limit=1")).Status);
        }

        var limited = await client.GetJsonAsync("v2/management/surveys?limit=1");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("""{"error":{"code":429,"message":"Too Many Requests"}}""", limited.Body.Json());

        using var second = server.CreateClient("fbk_second");
        Assert.Equal(HttpStatusCode.OK, (await second.GetJsonAsync("v2/management/surveys?limit=1")).Status);

        using var anonymous = server.CreateClient(apiKey: null);
        var display = await anonymous.SendJsonAsync(HttpMethod.Post, $"v1/client/{server.Seeded.EnvironmentId}/displays", $$"""{"surveyId":"{{server.Seeded.LinkSurveyId}}"}""");
        Assert.Equal(HttpStatusCode.OK, display.Status);

        server.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/surveys?limit=1")).Status);
    }

    [Fact]
    public async Task Rate_limit_counts_v1_and_v2_apart()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { RateLimit = true, SegmentSizes = [] }, TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v1/me")).Status);
            Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/surveys?limit=1")).Status);
        }

        for (var i = 60; i < 100; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/surveys?limit=1")).Status);
        }

        var limited = await client.GetJsonAsync("v2/management/surveys?limit=1");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("""{"error":{"code":429,"message":"Too Many Requests"}}""", limited.Body.Json());

        for (var i = 60; i < 100; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v1/me")).Status);
        }

        var v1Limited = await client.GetJsonAsync("v1/webhooks");
        Assert.Equal(HttpStatusCode.TooManyRequests, v1Limited.Status);
        Assert.Equal("""{"code":"too_many_requests","message":"Maximum number of requests reached. Please try again later.","details":{}}""", v1Limited.Body.Json());
    }

    [Fact]
    public async Task Faults_answer_before_authentication()
    {
        await using var server = await StartAsync(FakeHosting.InMemory);
        server.Faults.For("getSurveys").Times(1).RespondWith(503);
        using var anonymous = server.CreateClient(apiKey: null);

        var faulted = await anonymous.GetJsonAsync("v2/management/surveys");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.Status);
        Assert.Equal("""{"error":{"code":503,"message":"Service Unavailable"}}""", faulted.Body.Json());

        var unauthenticated = await anonymous.GetJsonAsync("v2/management/surveys");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.Status);
        Assert.Equal("""{"error":{"code":401,"message":"Unauthorized"}}""", unauthenticated.Body.Json());
    }
}
