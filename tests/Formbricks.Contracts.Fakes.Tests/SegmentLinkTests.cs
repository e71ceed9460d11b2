using System.Diagnostics;
using System.Net;

namespace Formbricks.Contracts.Fakes.Tests;

public sealed class SegmentLinkTests : IClassFixture<FakeFormbricksFixture>
{
    private readonly FakeFormbricksServer _server;

    public SegmentLinkTests(FakeFormbricksFixture fixture)
    {
        _server = fixture.Server;
    }

    [Fact]
    public async Task Walks_a_1000_contact_segment_page_by_page_newest_first()
    {
        using var client = _server.CreateClient();
        var segmentId = _server.Seeded.SegmentsBySize[1000];
        var ids = new List<string>();
        for (var skip = 0; ; skip += 250)
        {
            var (status, body) = await client.GetJsonAsync(
                $"v2/management/surveys/{_server.Seeded.LinkSurveyId}/contact-links/segments/{segmentId}?limit=250&skip={skip}&attributeKeys=email,unknownKey");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(1000, (int)body!["meta"]!["total"]!);
            Assert.Equal(250, (int)body["meta"]!["limit"]!);
            Assert.Equal(skip, (int)body["meta"]!["offset"]!);
            var page = body["data"]!.AsArray();
            if (page.Count == 0)
            {
                break;
            }

            foreach (var item in page)
            {
                ids.Add((string)item!["contactId"]!);
                Assert.StartsWith($"{_server.Url}c/", (string)item["surveyUrl"]!, StringComparison.Ordinal);
                Assert.Null(item["expiresAt"]);
                Assert.Equal(["email"], item["attributes"]!.AsObject().Select(p => p.Key));
            }
        }

        Assert.Equal(1000, ids.Count);
        Assert.Equal(1000, ids.Distinct().Count());
        var created = ids.Select(id => _server.Data.Find<FakeContact>(id)!.CreatedAt).ToList();
        Assert.Equal(created.OrderByDescending(c => c), created);
        Assert.Equal(_server.Seeded.ContactId, ids[0]);
    }

    [Fact]
    public async Task Defaults_to_50_and_one_expiresAt_for_the_page()
    {
        using var client = _server.CreateClient();
        var (status, body) = await client.GetJsonAsync(
            $"v2/management/surveys/{_server.Seeded.LinkSurveyId}/contact-links/segments/{_server.Seeded.SegmentsBySize[1000]}?expirationDays=1.5");
        Assert.Equal(HttpStatusCode.OK, status);
        var data = body!["data"]!.AsArray();
        Assert.Equal(50, data.Count);
        Assert.Equal(50, (int)body["meta"]!["limit"]!);
        var expected = FakeClock.ToIsoString(_server.Clock.GetUtcNow().AddDays(1));
        Assert.All(data, item => Assert.Equal(expected, (string)item!["expiresAt"]!));
        Assert.All(data, item => Assert.Null(item!["attributes"]));
    }

    [Fact]
    public async Task Empty_segment_gives_an_empty_page()
    {
        using var client = _server.CreateClient();
        var (status, body) = await client.GetJsonAsync(
            $"v2/management/surveys/{_server.Seeded.LinkSurveyId}/contact-links/segments/{_server.Seeded.SegmentsBySize[0]}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"data":[],"meta":{"total":0,"limit":50,"offset":0}}""", body.Json());
    }

    [Fact]
    public async Task A_100000_contact_segment_is_cheap()
    {
        var watch = Stopwatch.StartNew();
        await using var big = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [100_000] }, TestContext.Current.CancellationToken);
        using var client = big.CreateClient();
        var (status, body) = await client.GetJsonAsync(
            $"v2/management/surveys/{big.Seeded.LinkSurveyId}/contact-links/segments/{big.Seeded.SegmentsBySize[100_000]}?limit=250&skip=99900");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(100_000, (int)body!["meta"]!["total"]!);
        Assert.Equal(100, body["data"]!.AsArray().Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
    }
}
