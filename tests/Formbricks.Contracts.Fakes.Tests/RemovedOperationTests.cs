using System.Net;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>The seven operations Formbricks no longer serves: on by default, the real server's 404 with <c>ServeRemovedOperations = false</c>.</summary>
public sealed class RemovedOperationTests
{
    [Fact]
    public async Task Off_they_answer_as_an_unknown_route_and_the_rest_is_served()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [], ServeRemovedOperations = false }, TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        var (_, unknown) = await client.GetJsonAsync("v2/management/no-such-route");
        var survey = $"v2/management/surveys/{server.Seeded.LinkSurveyId}";
        (HttpMethod Method, string Path)[] removed =
        [
            (HttpMethod.Get, "v2/management/surveys"),
            (HttpMethod.Post, "v2/management/surveys"),
            (HttpMethod.Get, survey),
            (HttpMethod.Put, survey),
            (HttpMethod.Delete, survey),
            (HttpMethod.Get, "v2/management/contacts"),
            (HttpMethod.Get, $"v2/management/contacts/{server.Seeded.ContactId}"),
        ];
        foreach (var (method, path) in removed)
        {
            var (status, body) = await client.SendJsonAsync(method, path, method == HttpMethod.Get || method == HttpMethod.Delete ? null : "{}");
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Equal(unknown.Json(), body.Json());
        }

        Assert.NotNull(server.Data.Find<FakeSurvey>(server.Seeded.LinkSurveyId));
        var (links, _) = await client.GetJsonAsync($"{survey}/contact-links/contacts/{server.Seeded.ContactId}");
        Assert.Equal(HttpStatusCode.OK, links);
        var (responses, _) = await client.GetJsonAsync("v2/management/responses");
        Assert.Equal(HttpStatusCode.OK, responses);
        Assert.Null(server.Journal.Find("GET", "/api/v2/management/surveys")[0].OperationId);
    }

    [Fact]
    public async Task On_by_default_they_are_served()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [] }, TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        Assert.True(server.Options.ServeRemovedOperations);
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/surveys")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync($"v2/management/contacts/{server.Seeded.ContactId}")).Status);
    }
}
