using System.Net;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>v2 lists honour <c>ZGetFilter</c>: sortBy, order, startDate/endDate (inclusive) on filterDateField; bad values are 422.</summary>
public sealed class ListFilterTests : IAsyncLifetime
{
    private FakeFormbricksServer _server = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [], ContactCount = 10 });
        _client = _server.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Bad_filter_values_are_422_in_schema_order()
    {
        var (status, body) = await _client.GetJsonAsync("v2/management/surveys?sortBy=name&order=up&startDate=yesterday&endDate=&filterDateField=deletedAt");
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Equal(
            """{"error":{"code":422,"message":"Unprocessable Entity","details":[{"field":"sortBy","issue":"Invalid option: expected one of \"createdAt\"|\"updatedAt\""},{"field":"order","issue":"Invalid option: expected one of \"asc\"|\"desc\""},{"field":"startDate","issue":"Invalid input: expected date, received Date"},{"field":"endDate","issue":"Invalid input: expected date, received Date"},{"field":"filterDateField","issue":"Invalid option: expected one of \"createdAt\"|\"updatedAt\""}]}}""",
            body.Json());

        var (responses, _) = await _client.GetJsonAsync("v2/management/responses?order=ASC");
        Assert.Equal((HttpStatusCode)422, responses);
        var (contacts, _) = await _client.GetJsonAsync("v2/management/contacts?sortBy=email");
        Assert.Equal((HttpStatusCode)422, contacts);
    }

    [Fact]
    public async Task Date_range_is_inclusive_and_order_asc_gives_oldest_first()
    {
        var env = _server.Seeded.EnvironmentId;
        var ids = new List<string>();
        foreach (var date in new[] { "2001-03-01T00:00:00Z", "2001-06-01T00:00:00Z", "2001-01-01T00:00:00Z", "2001-06-01T00:00:01Z" })
        {
            var survey = _server.Data.AddSurvey(env, FakeSurveyType.Link, FakeSurveyStatus.Draft, date);
            var at = DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
            _server.Data.SetTimestamps(survey, at, at);
            ids.Add(survey.Id);
        }

        var (status, body) = await _client.GetJsonAsync("v2/management/surveys?startDate=2001-01-01&endDate=2001-06-01T00:00:00Z&order=asc");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([ids[2], ids[0], ids[1]], body!["data"]!.AsArray().Select(s => (string)s!["id"]!));
        Assert.Equal(3, (int)body["meta"]!["total"]!);

        var (_, desc) = await _client.GetJsonAsync("v2/management/surveys?endDate=2001-12-31&limit=2");
        Assert.Equal([ids[3], ids[1]], desc!["data"]!.AsArray().Select(s => (string)s!["id"]!));
    }

    [Fact]
    public async Task SortBy_and_filterDateField_updatedAt_use_the_update_time()
    {
        var env = _server.Seeded.EnvironmentId;
        var paused = _server.Seeded.PausedSurveyId;
        _server.Clock.Advance(TimeSpan.FromHours(1));
        var since = FakeClock.ToIsoString(_server.Clock.GetUtcNow());
        var (updated, _) = await _client.SendJsonAsync(HttpMethod.Put, $"v2/management/surveys/{paused}", $$"""{"name":"renamed","type":"link","environmentId":"{{env}}"}""");
        Assert.Equal(HttpStatusCode.OK, updated);

        var (_, byCreated) = await _client.GetJsonAsync("v2/management/surveys?limit=1");
        Assert.NotEqual(paused, (string)byCreated!["data"]![0]!["id"]!);
        var (_, byUpdated) = await _client.GetJsonAsync("v2/management/surveys?limit=1&sortBy=updatedAt");
        Assert.Equal(paused, (string)byUpdated!["data"]![0]!["id"]!);

        var (_, recent) = await _client.GetJsonAsync($"v2/management/surveys?filterDateField=updatedAt&startDate={Uri.EscapeDataString(since)}");
        Assert.Equal([paused], recent!["data"]!.AsArray().Select(s => (string)s!["id"]!));
    }

    [Fact]
    public async Task Contacts_order_asc_gives_the_oldest_contact()
    {
        var oldest = _server.Data.Contacts.Where(c => c.EnvironmentId == _server.Seeded.EnvironmentId).MinBy(c => c.CreatedAt)!;
        var (status, body) = await _client.GetJsonAsync("v2/management/contacts?order=asc&limit=1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(oldest.Id, (string)body!["data"]![0]!["id"]!);
        Assert.Equal(10, (int)body["meta"]!["total"]!);
    }

    [Fact]
    public async Task Fractional_skip_is_floored_like_limit()
    {
        var (_, floored) = await _client.GetJsonAsync("v2/management/surveys?skip=1.9&limit=2.7");
        var (_, whole) = await _client.GetJsonAsync("v2/management/surveys?skip=1&limit=2");
        Assert.Equal(whole.Json(), floored.Json());
        Assert.Equal("""{"total":10,"limit":2,"offset":1}""", floored!["meta"].Json());
    }
}
