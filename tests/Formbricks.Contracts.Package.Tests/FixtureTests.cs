using Formbricks.Contracts.Fakes;
using Formbricks.Contracts.Package.Tests.Api;

namespace Formbricks.Contracts.Package.Tests;

/// <summary>The xunit v3 class fixture from the Fakes package: one server for the class, started before its first test.</summary>
public sealed class FixtureTests(FakeFormbricksFixture fake) : IClassFixture<FakeFormbricksFixture>
{
    [Fact]
    public async Task The_fixture_serves_a_running_fake()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = fake.Server.CreateClient();

        Assert.Equal(new Uri(fake.Server.Url, "api/"), http.BaseAddress);
        var response = await http.GetAsync("v2/management/surveys", ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(fake.Server.Seeded.LinkSurveyId, await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fixture_server_answers_the_generated_client()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = fake.Server.CreateClient();
        var client = new FormbricksClient(http);

        var page = await client.GetContactLinksBySegmentAsync(fake.Server.Seeded.LinkSurveyId, fake.Server.Seeded.SegmentsBySize[10], cancellationToken: ct);

        Assert.Equal(10, page.Meta.Total);
        Assert.Equal(10, page.Data.Count);
    }
}

/// <summary>A fixture derived from the package's, with other options: Kestrel on a free port, a segment size of its own.</summary>
public sealed class HttpFakeFormbricksFixture : FakeFormbricksFixture
{
    protected override FakeFormbricksOptions CreateOptions() => new() { Hosting = FakeHosting.Http, SegmentSizes = [3] };
}

public sealed class DerivedFixtureTests(HttpFakeFormbricksFixture fake) : IClassFixture<HttpFakeFormbricksFixture>
{
    [Fact]
    public async Task The_overridden_options_are_the_ones_the_server_runs_with()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(FakeHosting.Http, fake.Server.Options.Hosting);
        Assert.Equal("127.0.0.1", fake.Server.Url.Host);
        Assert.NotEqual(0, fake.Server.Url.Port);

        using var http = fake.Server.CreateClient();
        var client = new FormbricksClient(http);
        var links = new List<SegmentContactLink>();
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync(fake.Server.Seeded.LinkSurveyId, fake.Server.Seeded.SegmentsBySize[3], cancellationToken: ct))
        {
            links.Add(link);
        }

        Assert.Equal(3, links.Count);
    }
}
