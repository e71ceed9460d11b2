using Formbricks.Contracts.EndToEnd.Api;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.EndToEnd.Tests;

/// <summary>
/// The README's guides, as code that runs: if a guide stops working, this class stops compiling or passing.
/// (Keep README.md's "Test against the fake server" section in step with it.)
/// </summary>
public sealed class ReadmeGuideTests(FakeFormbricksFixture fixture) : IClassFixture<FakeFormbricksFixture>
{
    [Fact]
    public async Task Start_the_fake_in_an_xunit_test_and_assert_on_the_journal()
    {
        var server = fixture.Server;
        var client = new FormbricksClient(server.CreateClient());

        await foreach (var _ in client.EnumerateContactLinksBySegmentAsync(server.Seeded.LinkSurveyId, server.Seeded.SegmentsBySize[1000], limit: 250, cancellationToken: TestContext.Current.CancellationToken))
        {
        }

        var calls = server.Journal.ForOperation(FakeOperations.GetContactLinksBySegment);
        Assert.Equal(4, calls.Count(call => call.Status == 200 && call.Query.Contains("limit=250", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Test_link_expiry_with_the_clock()
    {
        await using var server = await FakeFormbricksServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var client = new FormbricksClient(server.CreateClient());

        var link = await client.GetPersonalizedSurveyLinkAsync(server.Seeded.LinkSurveyId, server.Seeded.ContactId, expirationDays: 7, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(LinkStatus.Valid, (await server.Links.OpenAsync(link.Data.SurveyUrl, TestContext.Current.CancellationToken)).Status);

        server.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(LinkStatus.Expired, (await server.Links.OpenAsync(link.Data.SurveyUrl, TestContext.Current.CancellationToken)).Status);
    }
}
