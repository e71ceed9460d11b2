using System.Net;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>One server per class (a class fixture, disposed synchronously); each test starts from <c>Reset()</c>.</summary>
public sealed class ResetFixture : IDisposable
{
    public ResetFixture()
    {
        Server = FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [] }).GetAwaiter().GetResult();
        SeededSurveys = Server.Data.Surveys.Count;
    }

    public FakeFormbricksServer Server { get; }

    public int SeededSurveys { get; }

    public void Dispose() => Server.Dispose();
}

/// <summary>
/// <c>Reset()</c> between tests: both tests below change the server (a survey, the clock, a fault, the rate limit,
/// the journal) and expect to find it as seeded, whichever runs first.
/// </summary>
public sealed class ResetTests : IClassFixture<ResetFixture>
{
    private readonly ResetFixture _fixture;

    public ResetTests(ResetFixture fixture)
    {
        _fixture = fixture;
        fixture.Server.Reset();
    }

    [Fact]
    public Task First_test_changes_everything() => ChangeEverythingAsync();

    [Fact]
    public Task Second_test_changes_everything() => ChangeEverythingAsync();

    [Fact]
    public async Task Reset_brings_back_the_same_seeded_ids_and_data()
    {
        var server = _fixture.Server;
        var before = server.Data.Surveys.Select(s => (s.Id, s.Name)).ToList();
        var contacts = server.Data.Contacts.Select(c => c.Id).ToList();
        using var client = server.CreateClient();
        var (deleted, _) = await client.SendJsonAsync(HttpMethod.Delete, $"v2/management/surveys/{server.Seeded.LinkSurveyId}", null);
        Assert.Equal(HttpStatusCode.OK, deleted);
        Assert.Null(server.Data.Find<FakeSurvey>(server.Seeded.LinkSurveyId));
        server.Data.AddSurvey(server.Seeded.EnvironmentId, FakeSurveyType.Link, FakeSurveyStatus.InProgress);

        server.Reset();

        Assert.Equal(before, server.Data.Surveys.Select(s => (s.Id, s.Name)));
        Assert.Equal(contacts, server.Data.Contacts.Select(c => c.Id));
        Assert.NotNull(server.Data.Find<FakeSurvey>(server.Seeded.LinkSurveyId));
        var (status, _) = await client.GetJsonAsync($"v2/management/surveys/{server.Seeded.LinkSurveyId}");
        Assert.Equal(HttpStatusCode.OK, status);
        var added = server.Data.AddSurvey(server.Seeded.EnvironmentId, FakeSurveyType.Link, FakeSurveyStatus.InProgress);
        Assert.DoesNotContain(added.Id, before.Select(b => b.Id));
    }

    private async Task ChangeEverythingAsync()
    {
        var server = _fixture.Server;
        Assert.Equal(_fixture.SeededSurveys, server.Data.Surveys.Count);
        Assert.Equal(server.Options.StartTime ?? FakeClock.DefaultStart, server.Clock.GetUtcNow());
        Assert.Empty(server.Journal);
        Assert.False(server.Faults.RateLimit.Enabled);
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/surveys")).Status);

        server.Data.AddSurvey(server.Seeded.EnvironmentId, FakeSurveyType.Link, FakeSurveyStatus.InProgress);
        server.Clock.Advance(TimeSpan.FromDays(3));
        server.Faults.For(FakeOperations.GetSurveys).RespondWith(503);
        server.Faults.RateLimit.Enable();
        server.Faults.RateLimit.Limit = 1;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetJsonAsync("v2/management/surveys")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/responses")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetJsonAsync("v2/management/responses")).Status);
    }
}
