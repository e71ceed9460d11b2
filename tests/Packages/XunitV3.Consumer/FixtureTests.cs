using System.Net;
using Formbricks.Contracts.Fakes;

namespace XunitV3.Consumer;

/// <summary>The class fixture of Formbricks.Contracts.Fakes.Xunit: one server for the class.</summary>
public sealed class FixtureTests(FakeFormbricksFixture fake) : IClassFixture<FakeFormbricksFixture>
{
    [Fact]
    public async Task The_fixture_serves_a_running_fake()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = fake.Server.CreateClient();

        var response = await http.GetAsync(new Uri($"v2/management/surveys/{fake.Server.Seeded.LinkSurveyId}", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(fake.Server.Seeded.LinkSurveyId, await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_operation_id_names_the_closest()
    {
        var error = Assert.Throws<ArgumentException>(() => fake.Server.Faults.For("getSurvey5"));

        Assert.Contains("'getSurveys'", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>A fixture derived from the package's, with other options: Kestrel on a free port.</summary>
public sealed class HttpFixture : FakeFormbricksFixture
{
    protected override FakeFormbricksOptions CreateOptions() => new() { Hosting = FakeHosting.Http };
}

public sealed class DerivedFixtureTests(HttpFixture fake) : IClassFixture<HttpFixture>
{
    [Fact]
    public async Task The_derived_fixture_listens_on_a_real_port()
    {
        using var http = fake.Server.CreateClient();

        var response = await http.GetAsync(new Uri("v1/me", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(0, fake.Server.Url.Port);
        Assert.Equal("127.0.0.1", fake.Server.Url.Host);
    }
}
