using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>CreateHandler for IHttpClientFactory, redirects followed as factory clients do, the synchronous Dispose.</summary>
public sealed class InProcessApiTests
{
    public static TheoryData<FakeHosting> Hostings => [FakeHosting.InMemory, FakeHosting.Http];

    private static Task<FakeFormbricksServer> StartAsync(FakeHosting hosting) =>
        FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = hosting, SegmentSizes = [] }, TestContext.Current.CancellationToken);

    [Theory]
    [MemberData(nameof(Hostings))]
    public async Task CreateHandler_serves_an_IHttpClientFactory_client(FakeHosting hosting)
    {
        await using var server = await StartAsync(hosting);
        var services = new ServiceCollection();
        services.AddHttpClient("formbricks", client =>
        {
            client.BaseAddress = server.ApiUrl;
            client.DefaultRequestHeaders.Add("x-api-key", server.ApiKey);
        }).ConfigurePrimaryHttpMessageHandler(server.CreateHandler);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("formbricks");

        var (status, body) = await client.GetJsonAsync($"v2/management/surveys/{server.Seeded.LinkSurveyId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(server.Seeded.LinkSurveyId, (string?)body!["data"]!["id"]);
        server.Journal.AssertReceived(FakeOperations.GetSurvey, times: 1);
    }

    [Theory]
    [MemberData(nameof(Hostings))]
    public async Task CreateClient_follows_the_trailing_slash_308_and_keeps_the_key(FakeHosting hosting)
    {
        await using var server = await StartAsync(hosting);
        using var client = server.CreateClient();

        var (status, body) = await client.GetJsonAsync("v2/management/surveys/?limit=1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(body!["data"]!.AsArray());
        Assert.Equal([308, 200], server.Journal.Select(e => e.Status));
        var followed = server.Journal.Entries[1];
        Assert.Equal("/api/v2/management/surveys", followed.Path);
        Assert.Equal(["1"], followed.QueryParameters["limit"]);
        Assert.Equal(server.ApiKey, followed.Headers["x-api-key"]);

        using var noRedirects = server.CreateClient(server.ApiKey, followRedirects: false);
        Assert.Equal(HttpStatusCode.PermanentRedirect, (await noRedirects.GetJsonAsync("v2/management/surveys/")).Status);
    }

    [Fact]
    public async Task In_memory_redirect_of_a_PUT_repeats_method_and_body()
    {
        await using var server = await StartAsync(FakeHosting.InMemory);
        using var client = server.CreateClient();

        await client.SendJsonAsync(HttpMethod.Put, $"v2/management/surveys/{server.Seeded.LinkSurveyId}/", """{"name":"Renamed"}""");

        var entries = server.Journal.Entries;
        Assert.Equal(["PUT", "PUT"], entries.Select(e => e.Method));
        Assert.Equal(308, entries[0].Status);
        Assert.Equal("""{"name":"Renamed"}""", entries[1].Body);
        Assert.Equal(FakeOperations.UpdateSurvey, entries[1].OperationId);
    }

    [Fact]
    public async Task Dispose_stops_the_server_synchronously_and_twice_is_harmless()
    {
        var server = await StartAsync(FakeHosting.Http);
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/surveys")).Status);

        server.Dispose();
        server.Dispose();
        await server.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("v2/management/surveys", TestContext.Current.CancellationToken));
    }
}
