using System.Text;
using System.Text.Json;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// The list route writes surveys straight to UTF-8 (no JSON tree) and the journal keeps bodies as UTF-8: the bytes on
/// the wire stay what the single-survey route (still a JSON tree) gives, and the journal's text is the wire's text.
/// </summary>
public sealed class ResponseWritingTests
{
    /// <summary>Names that exercise the escaping of the writer: non-ASCII, astral, HTML-sensitive, quotes, separators, control characters.</summary>
    public static TheoryData<string> Names => new()
    {
        "Zoë's survey",
        "emoji 🎉 and 日本語",
        "<b>tags</b> & \"quotes\" and 'apostrophes'",
        "line\u2028separator and \u0001 control and \ttab",
        "",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_listed_survey_is_byte_for_byte_the_survey_the_single_route_answers(string name)
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [] }, TestContext.Current.CancellationToken);
        var environment = server.Seeded.EnvironmentId;
        server.Data.AddSurvey(environment, FakeSurveyType.Link, FakeSurveyStatus.InProgress, name, new FakeSingleUse(true, false, name, null));
        server.Data.AddSurvey(environment, FakeSurveyType.App, FakeSurveyStatus.Paused, name, surveyClosedMessage: new FakeSurveyClosedMessage(null, name));
        using var client = server.CreateClient();
        var updated = server.Data.AddSurvey(environment, FakeSurveyType.Link, FakeSurveyStatus.Draft);
        var update = $$"""{"name":{{JsonSerializer.Serialize(name)}},"type":"link","environmentId":"{{environment}}","questions":[{"id":"q1","headline":{"default":{{JsonSerializer.Serialize(name)}}},"n":1.5e3}],"endings":[{"x":[null,true,{"y":"\u00e9"}]}]}""";
        var (status, _) = await client.SendJsonAsync(HttpMethod.Put, $"v2/management/surveys/{updated.Id}", update);
        Assert.Equal(System.Net.HttpStatusCode.OK, status);

        var listText = await client.GetStringAsync("v2/management/surveys?limit=250", TestContext.Current.CancellationToken);
        using var list = JsonDocument.Parse(listText);
        var listed = list.RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.True(listed.Count >= 3);
        foreach (var survey in listed)
        {
            var id = survey.GetProperty("id").GetString();
            var single = await client.GetStringAsync($"v2/management/surveys/{id}", TestContext.Current.CancellationToken);
            using var document = JsonDocument.Parse(single);
            Assert.Equal(document.RootElement.GetProperty("data").GetRawText(), survey.GetRawText());
        }

        var meta = list.RootElement.GetProperty("meta");
        Assert.Equal(listed.Count, meta.GetProperty("total").GetInt32());
        Assert.Equal(250, meta.GetProperty("limit").GetInt32());
        Assert.Equal(0, meta.GetProperty("offset").GetInt32());
        var entry = server.Journal.ForOperation(FakeOperations.GetSurveys).Single();
        Assert.Equal(listText, entry.ResponseBody);
    }

    [Fact]
    public async Task The_journal_gives_back_the_request_and_response_text_of_every_kind_of_answer()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [] }, TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        var body = """{"name":"Zoë 🎉","type":"link","environmentId":"nope"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "v2/management/surveys") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Trace", "trace-1");

        using var created = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var createdText = await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var missing = await client.GetAsync("v2/management/surveys/doesnotexist0000000000000", TestContext.Current.CancellationToken);
        var missingText = await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var unknown = await client.GetAsync("v2/nowhere", TestContext.Current.CancellationToken);
        var unknownText = await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var entries = server.Journal.Entries;
        Assert.Equal(3, entries.Count);
        Assert.Equal(body, entries[0].Body);
        Assert.Equal(createdText, entries[0].ResponseBody);
        Assert.Equal("trace-1", entries[0].Headers["x-trace"]);
        Assert.Equal(server.ApiKey, entries[0].Headers["X-API-KEY"]);
        Assert.Equal(missingText, entries[1].ResponseBody);
        Assert.Equal((int)missing.StatusCode, entries[1].Status);
        Assert.Equal(unknownText, entries[2].ResponseBody);
        Assert.All(entries.Skip(1), e => Assert.Equal("", e.Body));
    }
}
