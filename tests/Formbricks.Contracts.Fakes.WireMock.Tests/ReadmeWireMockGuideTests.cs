using System.Net;
using Formbricks.Contracts.Fakes.WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Formbricks.Contracts.Fakes.WireMock.Tests;

/// <summary>README.md's "Already on WireMock.Net?" guide, as code that runs (keep the two in step).</summary>
public sealed class ReadmeWireMockGuideTests
{
    [Fact]
    public async Task The_guide_overrides_one_route_sets_a_fault_and_resets()
    {
        var ct = TestContext.Current.CancellationToken;
        using var formbricks = FormbricksWireMock.Start();              // or: WireMockServer.Start().AddFormbricks(options)
        formbricks.Server.Given(Request.Create().WithPath("/api/v1/management/me").UsingGet())
            .AtPriority(1).RespondWith(Response.Create().WithStatusCode(503));
        using var http = new HttpClient { BaseAddress = formbricks.ApiUrl };
        http.DefaultRequestHeaders.Add("x-api-key", formbricks.ApiKey);
        formbricks.Faults.For(FakeOperations.GetSurveys).Times(1).RespondWith(503);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync(new Uri("v1/management/me", UriKind.Relative), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync(new Uri("v2/management/surveys", UriKind.Relative), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("v2/management/surveys", UriKind.Relative), ct)).StatusCode);

        formbricks.Faults.For(FakeOperations.GetSurveys).RespondWith(500);
        formbricks.Reset();                                              // the fake back to its seed
        Assert.Empty(formbricks.Journal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("v2/management/surveys", UriKind.Relative), ct)).StatusCode);
    }
}
