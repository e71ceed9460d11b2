using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// The fake's state under parallel writers and readers over real HTTP: every answer is whole, nothing is lost, and
/// what the data hands out (JSON contents, attributes, lists) is a snapshot that cannot change the server.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Writers = 24;

    [Fact]
    public async Task Parallel_writers_and_readers_over_http_see_no_exception_and_lose_no_update()
    {
        await using var server = await FakeFormbricksServer.StartAsync(
            new FakeFormbricksOptions { Hosting = FakeHosting.Http, SegmentSizes = [] }, TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        var survey = server.Seeded.LinkSurveyId;
        var environment = server.Seeded.EnvironmentId;
        var responsesBefore = server.Data.Responses.Count;
        using var stop = new CancellationTokenSource();

        var writers = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            var (created, _) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/responses",
                $$$"""{"surveyId":"{{{survey}}}","finished":false,"data":{"q1":"answer {{{i}}}","list":[{{{i}}},{"deep":[{{{i}}}]}]}}""");
            Assert.Equal(HttpStatusCode.Created, created);
            var (upserted, _) = await client.SendJsonAsync(HttpMethod.Put, "v2/management/contacts/bulk",
                $$$"""{"contacts":[{"attributes":{"userId":"shared-contact","key{{{i}}}":"value {{{i}}}"}}]}""");
            Assert.Equal(HttpStatusCode.OK, upserted);
            var (updated, _) = await client.SendJsonAsync(HttpMethod.Put, $"v2/management/surveys/{survey}",
                $$"""{"name":"rename {{i}}","type":"link","environmentId":"{{environment}}","questions":[{"id":"q1","headline":{"default":"version {{i}}"},"choices":[{{string.Join(',', Enumerable.Range(0, 50))}}]}]}""");
            Assert.Equal(HttpStatusCode.OK, updated);
        })).ToList();

        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested || reads == 0)
            {
                foreach (var path in (string[])["v2/management/surveys?limit=250", "v2/management/responses?limit=250", "v2/management/contacts?limit=250", $"v2/management/surveys/{survey}"])
                {
                    var (status, body) = await client.GetJsonAsync(path);
                    Assert.Equal(HttpStatusCode.OK, status);
                    Assert.NotNull(body?["data"]);
                }

                // In-process readers of the same state: the handed-out contents are snapshots, safe to walk.
                foreach (var contact in server.Data.Contacts)
                {
                    Assert.All(contact.Attributes, a => Assert.NotNull(a.Value));
                }

                _ = server.Data.Find<FakeSurvey>(survey)!.Questions.ToJsonString();
                _ = server.Data.Responses.Sum(response => response.Data.Count);
                reads++;
            }

            return reads;
        })).ToList();

        await Task.WhenAll(writers);
        await stop.CancelAsync();
        var reads = await Task.WhenAll(readers);
        Assert.All(reads, count => Assert.True(count > 0));

        Assert.Equal(responsesBefore + Writers, server.Data.Responses.Count);
        var (_, page) = await client.GetJsonAsync("v2/management/responses?limit=250");
        Assert.Equal(responsesBefore + Writers, page!["data"]!.AsArray().Count);
        var shared = Assert.Single(server.Data.Contacts, c => c.Attributes.TryGetValue("userId", out var u) && u == "shared-contact");
        Assert.All(Enumerable.Range(0, Writers), i => Assert.Equal($"value {i}", shared.Attributes[$"key{i}"]));
        var (_, single) = await client.GetJsonAsync($"v2/management/contacts/{shared.Id}");
        Assert.Equal(Writers + 1, single!["data"]!["attributes"]!.AsObject().Count);
        var renamed = server.Data.Find<FakeSurvey>(survey)!;
        Assert.Equal(renamed.Name.Replace("rename", "version", StringComparison.Ordinal), (string)renamed.Questions[0]!["headline"]!["default"]!);
    }

    [Fact]
    public async Task What_the_data_hands_out_cannot_change_the_server()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [] }, TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        var survey = server.Data.Find<FakeSurvey>(server.Seeded.LinkSurveyId)!;
        var (_, before) = await client.GetJsonAsync($"v2/management/surveys/{survey.Id}");

        survey.Questions.Add(new JsonObject { ["id"] = "outside" });
        survey.Endings.Clear();
        survey.WelcomeCard["enabled"] = true;
        var response = server.Data.Responses[0];
        response.Data["q1"] = "changed outside";
        var contact = server.Data.Find<FakeContact>(server.Seeded.ContactId)!;
        Assert.Throws<NotSupportedException>(() => contact.Attributes["userId"] = "changed");
        var webhook = server.Data.Webhooks[0];
        webhook.Triggers.Clear();

        var (_, after) = await client.GetJsonAsync($"v2/management/surveys/{survey.Id}");
        Assert.Equal(before!.ToJsonString(), after!.ToJsonString());
        var (_, stored) = await client.GetJsonAsync($"v2/management/responses/{response.Id}");
        Assert.NotEqual("changed outside", (string?)stored!["data"]!["data"]!["q1"]);
        Assert.NotEmpty(server.Data.Webhooks[0].Triggers);
        Assert.Equal(JsonSerializer.Serialize(survey.Questions), JsonSerializer.Serialize(server.Data.Find<FakeSurvey>(survey.Id)!.Questions));
    }
}
