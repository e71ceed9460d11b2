using System.Net;
using System.Text.Json;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>The faults added for test kits: own body and headers, malformed body, hang, matchers, fail N times per matcher.</summary>
public sealed class FaultKindsTests
{
    public static TheoryData<FakeHosting> Hostings => [FakeHosting.InMemory, FakeHosting.Http];

    private static Task<FakeFormbricksServer> StartAsync(FakeHosting hosting) =>
        FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = hosting, SegmentSizes = [] }, TestContext.Current.CancellationToken);

    [Theory]
    [MemberData(nameof(Hostings))]
    public async Task Fault_with_own_body_and_Retry_After(FakeHosting hosting)
    {
        await using var server = await StartAsync(hosting);
        server.Faults.For(FakeOperations.GetSurveys).Times(1).WithHeader("Retry-After", "30").RespondWith(429, """{"custom":true}""");
        server.Faults.For(FakeOperations.GetResponses).Times(1).WithHeader("Retry-After", "7").TooManyRequests();
        using var client = server.CreateClient();

        using var own = await client.GetAsync("v2/management/surveys", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, own.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), own.Headers.RetryAfter!.Delta);
        Assert.Equal("""{"custom":true}""", await own.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("application/json", own.Content.Headers.ContentType!.MediaType);

        using var real = await client.GetAsync("v2/management/responses", TestContext.Current.CancellationToken);
        Assert.Equal(TimeSpan.FromSeconds(7), real.Headers.RetryAfter!.Delta);
        Assert.Equal("""{"error":{"code":429,"message":"Too Many Requests"}}""", (await Http.ReadAsync(real)).Json());
    }

    [Theory]
    [MemberData(nameof(Hostings))]
    public async Task Malformed_body_fails_a_JSON_reader(FakeHosting hosting)
    {
        await using var server = await StartAsync(hosting);
        server.Faults.For(FakeOperations.GetSurveys).Times(1).RespondWithMalformedBody();
        using var client = server.CreateClient();

        using var response = await client.GetAsync("v2/management/surveys", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/surveys")).Status);
    }

    [Theory]
    [MemberData(nameof(Hostings))]
    public async Task Hang_lasts_until_the_client_cancels(FakeHosting hosting)
    {
        await using var server = await StartAsync(hosting);
        server.Faults.For(FakeOperations.GetSurveys).Times(1).Hang();
        using var client = server.CreateClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMilliseconds(500));
        var started = DateTime.UtcNow;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync("v2/management/surveys", timeout.Token));

        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(450));
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/surveys")).Status);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (server.Journal.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.Equal([0, 200], server.Journal.Select(e => e.Status).Order());
    }

    [Fact]
    public async Task Faults_match_on_query_header_and_body_and_fail_N_times_per_matcher()
    {
        await using var server = await StartAsync(FakeHosting.InMemory);
        server.Faults.For(FakeOperations.GetSurveys).WhenQuery("limit", "5").Times(2).RespondWith(503);
        server.Faults.For(FakeOperations.GetResponses).WhenHeader("x-trace", "fail").RespondWith(502);
        server.Faults.For("PUT", "/v2/management/surveys/{id}").WhenBody(b => b.Contains("\"boom\"", StringComparison.Ordinal)).RespondWith(500);
        using var client = server.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/surveys?limit=4")).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetJsonAsync("v2/management/surveys?limit=5")).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetJsonAsync("v2/management/surveys?skip=0&limit=5")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/surveys?limit=5")).Status);

        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/responses")).Status);
        using var traced = new HttpRequestMessage(HttpMethod.Get, "v2/management/responses");
        traced.Headers.Add("x-trace", "fail");
        using var tracedResponse = await client.SendAsync(traced, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadGateway, tracedResponse.StatusCode);

        var route = $"v2/management/surveys/{server.Seeded.LinkSurveyId}";
        Assert.Equal(HttpStatusCode.InternalServerError, (await client.SendJsonAsync(HttpMethod.Put, route, """{"name":"boom"}""")).Status);
        Assert.NotEqual(HttpStatusCode.InternalServerError, (await client.SendJsonAsync(HttpMethod.Put, route, """{"name":"fine"}""")).Status);
        Assert.Equal(2, server.Journal.AssertReceived(FakeOperations.UpdateSurvey).Count);
    }
}
