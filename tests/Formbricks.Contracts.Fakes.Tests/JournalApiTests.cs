using System.Collections.Concurrent;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>The journal's parsed query, its per-request event and its assertion methods.</summary>
public sealed class JournalApiTests
{
    [Fact]
    public async Task Query_is_parsed_and_an_event_is_raised_per_request()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [] }, TestContext.Current.CancellationToken);
        var seen = new ConcurrentQueue<JournalEntry>();
        server.Journal.Recorded += (_, entry) => seen.Enqueue(entry);
        using var client = server.CreateClient();

        await client.GetJsonAsync("v2/management/surveys?limit=2&sortBy=name&sortBy=createdAt&q=a%20b");
        await client.GetJsonAsync("v2/management/responses");

        Assert.Equal(server.Journal.Entries, seen);
        var first = seen.First();
        Assert.Equal(["2"], first.QueryParameters["limit"]);
        Assert.Equal(["name", "createdAt"], first.QueryParameters["sortBy"]);
        Assert.Equal(["a b"], first.QueryParameters["q"]);
        Assert.Empty(seen.Last().QueryParameters);
        Assert.Equal(server.ApiKey, first.Headers["X-Api-Key"]);
    }

    [Fact]
    public async Task Assertions_pass_or_throw_a_message_with_what_was_received()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [] }, TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        await client.GetJsonAsync("v2/management/surveys?limit=2");

        Assert.Single(server.Journal.AssertReceived(FakeOperations.GetSurveys));
        server.Journal.AssertReceived(FakeOperations.GetSurveys, times: 1);
        server.Journal.AssertReceived("get", "/api/v2/management/surveys", times: 1);
        server.Journal.AssertNotReceived(FakeOperations.CreateSurvey);

        var twice = Assert.Throws<FakeJournalAssertionException>(() => server.Journal.AssertReceived(FakeOperations.GetSurveys, times: 2));
        Assert.Equal(
            "Expected getSurveys to be received 2 times, but it was received 1 time. The journal holds 1 request:"
            + Environment.NewLine + "  GET /api/v2/management/surveys?limit=2 -> 200 (getSurveys)",
            twice.Message);
        var never = Assert.Throws<FakeJournalAssertionException>(() => server.Journal.AssertReceived(FakeOperations.GetResponses));
        Assert.StartsWith("Expected getResponses to be received at least once, but it was received 0 times.", never.Message, StringComparison.Ordinal);
        var not = Assert.Throws<FakeJournalAssertionException>(() => server.Journal.AssertNotReceived(FakeOperations.GetSurveys));
        Assert.StartsWith("Expected getSurveys to be received 0 times, but it was received 1 time.", not.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => server.Journal.AssertReceived("getSurvy"));
    }
}
