using System.Net;
using Formbricks.Contracts.Fakes;
using Formbricks.Contracts.Fakes.WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace WireMock.Consumer;

/// <summary>The fake inside WireMock.Net, from the packed Formbricks.Contracts.Fakes.WireMock package alone.</summary>
public sealed class WireMockPackageTests
{
    [Fact]
    public async Task An_override_answers_first_while_the_other_routes_stay_stateful()
    {
        var ct = TestContext.Current.CancellationToken;
        using var formbricks = FormbricksWireMock.Start();
        formbricks.Server.Given(Request.Create().WithPath("/api/v1/management/me").UsingGet())
            .AtPriority(1).RespondWith(Response.Create().WithStatusCode(503));
        using var http = new HttpClient { BaseAddress = formbricks.ApiUrl };
        http.DefaultRequestHeaders.Add("x-api-key", formbricks.ApiKey);

        using var overridden = await http.GetAsync(new Uri("v1/management/me", UriKind.Relative), ct);
        using var stateful = await http.GetAsync(new Uri($"v2/management/surveys/{formbricks.Seeded.LinkSurveyId}", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, overridden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stateful.StatusCode);
        Assert.Equal(2, formbricks.Server.LogEntries.Count);
        Assert.Equal(FakeOperations.GetSurvey, Assert.Single(formbricks.Journal).OperationId);
    }

    [Fact]
    public async Task AddFormbricks_puts_the_behaviour_on_a_server_of_your_own_with_faults_and_reset()
    {
        var ct = TestContext.Current.CancellationToken;
        using var server = WireMockServer.Start();
        var formbricks = server.AddFormbricks(new FakeFormbricksOptions { Seed = 7 });
        formbricks.Faults.For(FakeOperations.GetSurveys).Times(1).WithHeader("Retry-After", "30").RespondWith(429);
        using var http = new HttpClient { BaseAddress = formbricks.ApiUrl };
        http.DefaultRequestHeaders.Add("x-api-key", formbricks.ApiKey);

        using var limited = await http.GetAsync(new Uri("v2/management/surveys", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("30", limited.Headers.GetValues("Retry-After").Single());
        using var served = await http.GetAsync(new Uri("v2/management/surveys", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);

        formbricks.Reset();
        Assert.Empty(formbricks.Journal);
    }
}
