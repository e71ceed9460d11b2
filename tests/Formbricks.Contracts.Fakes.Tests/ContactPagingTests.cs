using System.Net;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// Contact pages (getContacts, getContactLinksBySegment) come from an index of each segment's members, newest first:
/// it must follow every change a test can make between two pages.
/// </summary>
public sealed class ContactPagingTests
{
    [Fact]
    public async Task A_contact_added_between_two_pages_is_on_the_next_one_and_counted()
    {
        await using var server = await FakeFormbricksServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        var before = await PageAsync(client, "v2/management/contacts?limit=2");

        var added = server.Data.AddContact(server.Seeded.EnvironmentId, new Dictionary<string, string> { ["userId"] = "added-late" });
        var after = await PageAsync(client, "v2/management/contacts?limit=2");

        Assert.Equal(before.Total + 1, after.Total);
        Assert.Equal([added.Id, before.Ids[0]], after.Ids);
    }

    [Fact]
    public async Task A_contact_of_the_environment_added_later_does_not_join_a_segment()
    {
        await using var server = await FakeFormbricksServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        var path = $"v2/management/surveys/{server.Seeded.LinkSurveyId}/contact-links/segments/{server.Seeded.SegmentsBySize[10]}?limit=3";
        var before = await PageAsync(client, path);

        server.Data.AddContact(server.Seeded.EnvironmentId);
        var after = await PageAsync(client, path);

        Assert.Equal(10, after.Total);
        Assert.Equal(before.Ids, after.Ids);
    }

    [Fact]
    public async Task Moving_a_member_s_createdAt_reorders_the_segment_s_pages()
    {
        await using var server = await FakeFormbricksServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        var contacts = server.Data.AddContacts(server.Seeded.EnvironmentId, 3, "moved");
        var segment = server.Data.AddSegment(server.Seeded.EnvironmentId, contacts.Select(c => c.Id));
        var path = $"v2/management/surveys/{server.Seeded.LinkSurveyId}/contact-links/segments/{segment.Id}";
        Assert.Equal(contacts.Select(c => c.Id).Reverse(), (await PageAsync(client, path)).Ids);

        server.Data.SetTimestamps(contacts[0], contacts[2].CreatedAt.AddDays(1));
        var after = await PageAsync(client, path);

        Assert.Equal([contacts[0].Id, contacts[2].Id, contacts[1].Id], after.Ids);
        Assert.Equal(3, after.Total);
    }

    [Fact]
    public async Task A_skip_past_the_end_is_an_empty_page_with_the_total()
    {
        await using var server = await FakeFormbricksServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var client = server.CreateClient();

        var page = await PageAsync(client, $"v2/management/surveys/{server.Seeded.LinkSurveyId}/contact-links/segments/{server.Seeded.SegmentsBySize[10]}?skip=1000000");

        Assert.Equal((10, 0), (page.Total, page.Ids.Count));
    }

    private static async Task<(int Total, List<string> Ids)> PageAsync(HttpClient client, string path)
    {
        var (status, body) = await client.GetJsonAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        var ids = body!["data"]!.AsArray().Select(item => (string)(item!["contactId"] ?? item["id"])!).ToList();
        return ((int)body["meta"]!["total"]!, ids);
    }
}
