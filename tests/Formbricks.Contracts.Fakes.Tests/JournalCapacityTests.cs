namespace Formbricks.Contracts.Fakes.Tests;

/// <summary><see cref="FakeJournal.Capacity"/>: a bounded journal keeps the newest requests and counts what it dropped.</summary>
public sealed class JournalCapacityTests
{
    [Fact]
    public async Task A_capacity_from_the_options_keeps_the_newest_requests_and_counts_the_dropped_ones()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { JournalCapacity = 3 }, TestContext.Current.CancellationToken);
        using var client = server.CreateClient();

        await GetPagesAsync(client, 0, 5);

        Assert.Equal(["?limit=1&skip=2", "?limit=1&skip=3", "?limit=1&skip=4"], server.Journal.Select(entry => entry.Query));
        Assert.Equal(2, server.Journal.DroppedCount);
        Assert.All(server.Journal, entry => Assert.Contains("\"data\"", entry.ResponseBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_capacity_can_be_set_and_lifted_while_the_server_runs()
    {
        await using var server = await FakeFormbricksServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        Assert.Equal(FakeFormbricksOptions.DefaultJournalCapacity, server.Journal.Capacity);

        await GetPagesAsync(client, 0, 4);
        Assert.Equal(4, server.Journal.Count);

        server.Journal.Capacity = 1;
        Assert.Equal(["?limit=1&skip=3"], server.Journal.Select(entry => entry.Query));
        Assert.Equal(3, server.Journal.DroppedCount);

        server.Journal.Capacity = null;
        await GetPagesAsync(client, 4, 2);
        Assert.Equal(["?limit=1&skip=3", "?limit=1&skip=4", "?limit=1&skip=5"], server.Journal.Select(entry => entry.Query));
        Assert.Equal(3, server.Journal.DroppedCount);
    }

    [Fact]
    public async Task A_capacity_of_zero_records_nothing_and_the_server_still_answers()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { JournalCapacity = 0 }, TestContext.Current.CancellationToken);
        using var client = server.CreateClient();

        await GetPagesAsync(client, 0, 2);

        Assert.Empty(server.Journal);
        Assert.Equal(2, server.Journal.DroppedCount);
    }

    [Fact]
    public async Task A_negative_capacity_is_refused()
    {
        await using var server = await FakeFormbricksServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => server.Journal.Capacity = -1);
        Assert.Contains("cannot be negative", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { JournalCapacity = -1 }, TestContext.Current.CancellationToken));
    }

    private static async Task GetPagesAsync(HttpClient client, int firstSkip, int count)
    {
        for (var skip = firstSkip; skip < firstSkip + count; skip++)
        {
            using var response = await client.GetAsync($"v2/management/surveys?limit=1&skip={skip}", TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
    }
}
