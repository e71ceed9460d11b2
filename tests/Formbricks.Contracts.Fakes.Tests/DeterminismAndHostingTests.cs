using System.Net;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>Same seed, same data; both hostings; the fixture.</summary>
public sealed class DeterminismAndHostingTests : IClassFixture<FakeFormbricksFixture>
{
    private readonly FakeFormbricksServer _fixtureServer;

    public DeterminismAndHostingTests(FakeFormbricksFixture fixture)
    {
        _fixtureServer = fixture.Server;
    }

    private static async Task<string> SnapshotAsync(FakeFormbricksServer server)
    {
        using var client = server.CreateClient();
        var parts = new List<string> { server.ApiKey, server.Seeded.ToString() };
        foreach (var path in new[] { "v2/management/surveys?limit=250", "v2/management/contacts?limit=250&skip=100", "v2/management/responses", "v1/webhooks", "v1/management/action-classes", "v2/management/contact-attribute-keys" })
        {
            var (status, body) = await client.GetJsonAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            parts.Add(body.Json());
        }

        return string.Join("\n", parts);
    }

    [Fact]
    public async Task Same_seed_gives_the_same_data_other_seed_other_data()
    {
        var options = new FakeFormbricksOptions { Seed = 7, SegmentSizes = [5, 50] };
        await using var first = await FakeFormbricksServer.StartAsync(options, TestContext.Current.CancellationToken);
        await using var second = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Seed = 7, SegmentSizes = [5, 50], Hosting = FakeHosting.Http }, TestContext.Current.CancellationToken);
        await using var other = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Seed = 8, SegmentSizes = [5, 50] }, TestContext.Current.CancellationToken);

        var snapshot = await SnapshotAsync(first);
        Assert.Equal(snapshot, await SnapshotAsync(second));
        Assert.NotEqual(snapshot, await SnapshotAsync(other));
        Assert.Equal(first.Seeded.SegmentsBySize, second.Seeded.SegmentsBySize);
        Assert.Equal(first.Data.Find<FakeContact>(first.Seeded.ContactId)!.Attributes, second.Data.Find<FakeContact>(second.Seeded.ContactId)!.Attributes);
        Assert.Matches("^[a-z][a-z0-9]{24}$", first.Seeded.LinkSurveyId);
        Assert.Matches("^fbk_[A-Za-z0-9_-]+$", first.ApiKey);
    }

    [Fact]
    public async Task Kestrel_hosting_listens_on_loopback_and_public_url_shapes_links()
    {
        await using var server = await FakeFormbricksServer.StartAsync(
            new FakeFormbricksOptions { Hosting = FakeHosting.Http, PublicUrl = new Uri("https://surveys.example.test"), SegmentSizes = [] },
            TestContext.Current.CancellationToken);
        Assert.Equal("127.0.0.1", server.Url.Host);
        Assert.NotEqual(0, server.Url.Port);
        Assert.Equal(new Uri(server.Url, "api/"), server.ApiUrl);

        using var plain = new HttpClient();
        plain.DefaultRequestHeaders.Add("x-api-key", server.ApiKey);
        using var response = await plain.GetAsync(new Uri(server.ApiUrl, "v1/me"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var client = server.CreateClient();
        var (_, body) = await client.GetJsonAsync($"v2/management/surveys/{server.Seeded.LinkSurveyId}/contact-links/contacts/{server.Seeded.ContactId}");
        var link = new Uri((string)body!["data"]!["surveyUrl"]!);
        Assert.Equal("surveys.example.test", link.Host);
        Assert.Equal(LinkStatus.Valid, (await server.Links.OpenAsync(link, TestContext.Current.CancellationToken)).Status);
    }

    [Fact]
    public async Task Fixture_gives_a_running_in_memory_server()
    {
        Assert.Equal(FakeHosting.InMemory, _fixtureServer.Options.Hosting);
        using var client = _fixtureServer.CreateClient();
        var (status, body) = await client.GetJsonAsync("v1/me");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(_fixtureServer.Seeded.EnvironmentId, (string)body!["environmentId"]!);
        Assert.Equal(_fixtureServer.Seeded.OrganizationId, (string)body["organizationId"]!);
    }
}
