using System.Net;
using Formbricks.Contracts.Fakes;

namespace XunitV2.Consumer;

/// <summary>xunit v2 has no fixture from us: the test class starts the fake itself (IAsyncLifetime of xunit 2).</summary>
public sealed class FakeServerTests : IAsyncLifetime
{
    private FakeFormbricksServer? _server;

    private FakeFormbricksServer Server => _server ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync() => _server = await FakeFormbricksServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_fake_serves_the_seeded_surveys()
    {
        using var http = Server.CreateClient();

        var response = await http.GetAsync(new Uri("v2/management/surveys", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Server.Seeded.LinkSurveyId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(Server.Journal.ForOperation(FakeOperations.GetSurveys));
    }

    [Fact]
    public async Task A_fault_by_operation_constant_fires_once_over_real_http()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http });
        server.Faults.For(FakeOperations.GetMe).Times(1).RespondWith(503);
        using var http = server.CreateClient();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync(new Uri("v1/me", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("v1/me", UriKind.Relative))).StatusCode);
    }
}
