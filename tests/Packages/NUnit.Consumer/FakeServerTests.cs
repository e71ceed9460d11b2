using System.Net;
using Formbricks.Contracts.Fakes;

namespace NUnit.Consumer;

/// <summary>NUnit: one fake for the fixture, started in a one-time setup and disposed in the one-time teardown.</summary>
[TestFixture]
public sealed class FakeServerTests
{
    private FakeFormbricksServer _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http });

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task The_fake_answers_over_real_http()
    {
        using var http = _server.CreateClient();

        var response = await http.GetAsync(new Uri("v2/management/contacts?limit=3", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"limit\":3"));
        Assert.That(_server.Journal.ForOperation(FakeOperations.GetContacts), Is.Not.Empty);
    }

    [Test]
    public void An_unknown_route_names_the_closest()
    {
        var error = Assert.Throws<ArgumentException>(() => _server.Faults.For("GET", "/v2/management/survey"));

        Assert.That(error!.Message, Does.Contain("GET /api/v2/management/surveys"));
    }
}
