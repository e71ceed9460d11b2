using Formbricks.Contracts.EndToEnd.Api;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.EndToEnd.Tests;

public sealed class SegmentWalkTests
{
    [Theory]
    [InlineData(FakeHosting.InMemory)]
    [InlineData(FakeHosting.Http)]
    public async Task A_1000_contact_segment_is_walked_page_by_page(FakeHosting hosting)
    {
        await using var session = await Session.StartAsync(new FakeFormbricksOptions { Hosting = hosting });
        var client = session.Client();
        var segment = session.Server.Seeded.SegmentsBySize[1000];
        var ct = TestContext.Current.CancellationToken;

        var ids = new List<string>();
        for (var skip = 0; ; skip += 250)
        {
            var page = await client.GetContactLinksBySegmentAsync(session.Server.Seeded.LinkSurveyId, segment, limit: 250, skip: skip, attributeKeys: "email,userId", cancellationToken: ct);
            Assert.Equal((1000, 250, skip), (page.Meta.Total, page.Meta.Limit, page.Meta.Offset));
            ids.AddRange(page.Data.Select(link => link.ContactId));
            Assert.All(page.Data, link => Assert.Contains("@", link.Attributes!["email"], StringComparison.Ordinal));
            Assert.All(page.Data, link => Assert.Null(link.ExpiresAt));
            if (page.Data.Count < 250 || ids.Count >= page.Meta.Total)
            {
                break;
            }
        }

        Assert.Equal(1000, ids.Count);
        Assert.Equal(1000, ids.Distinct().Count());
        Assert.Equal(4, session.Server.Journal.ForOperation("getContactLinksBySegment").Count);
    }

    [Theory]
    [InlineData(FakeHosting.InMemory)]
    [InlineData(FakeHosting.Http)]
    public async Task The_async_enumerable_companion_walks_the_same_segment_in_the_same_order(FakeHosting hosting)
    {
        await using var session = await Session.StartAsync(new FakeFormbricksOptions { Hosting = hosting });
        var client = session.Client();
        var survey = session.Server.Seeded.LinkSurveyId;
        var segment = session.Server.Seeded.SegmentsBySize[1000];
        var ct = TestContext.Current.CancellationToken;

        var paged = new List<string>();
        for (var skip = 0; skip < 1000; skip += 100)
        {
            paged.AddRange((await client.GetContactLinksBySegmentAsync(survey, segment, limit: 100, skip: skip, cancellationToken: ct)).Data.Select(l => l.ContactId));
        }

        session.Server.Journal.Clear();
        var streamed = new List<string>();
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync(survey, segment, limit: 250, expirationDays: 3, cancellationToken: ct))
        {
            streamed.Add(link.ContactId);
            Assert.Equal(session.Clock.GetUtcNow().AddDays(3), link.ExpiresAt!.Value, TimeSpan.FromSeconds(1));
        }

        Assert.Equal(paged, streamed);
        Assert.Equal(["0", "250", "500", "750"], session.Server.Journal.ForOperation("getContactLinksBySegment").Select(e => QueryValue(e.Query, "skip")));
    }

    [Fact]
    public async Task An_empty_segment_yields_nothing_after_one_call()
    {
        await using var session = await Session.StartAsync();
        var client = session.Client();

        var links = new List<SegmentContactLink>();
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync(session.Server.Seeded.LinkSurveyId, session.Server.Seeded.SegmentsBySize[0], cancellationToken: TestContext.Current.CancellationToken))
        {
            links.Add(link);
        }

        Assert.Empty(links);
        Assert.Single(session.Server.Journal.ForOperation("getContactLinksBySegment"));
    }

    private static string? QueryValue(string query, string name) =>
        System.Web.HttpUtility.ParseQueryString(query)[name];
}
