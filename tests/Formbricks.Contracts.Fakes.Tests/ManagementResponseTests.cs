using System.Net;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>v2 management responses keep <c>singleUseId</c> and <c>displayId</c>; the DB's unique (surveyId, singleUseId) gives 409.</summary>
public sealed class ManagementResponseTests : IAsyncLifetime
{
    private const string Conflict = """{"error":{"code":409,"message":"Conflict","details":[{"field":"singleUseId","issue":"Response already submitted for this single-use link"}]}}""";
    private FakeFormbricksServer _server = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [] });
        _client = _server.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Create_stores_singleUseId_and_displayId()
    {
        var (status, body) = await Create(_server.Seeded.LinkSurveyId, "su-keep", ",\"displayId\":\"display-1\"");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("su-keep", (string)body!["data"]!["singleUseId"]!);
        Assert.Equal("display-1", (string)body["data"]!["displayId"]!);

        var (_, read) = await _client.GetJsonAsync($"v2/management/responses/{(string)body["data"]!["id"]!}");
        Assert.Equal("su-keep", (string)read!["data"]!["singleUseId"]!);
        Assert.Equal("display-1", (string)read["data"]!["displayId"]!);
    }

    [Fact]
    public async Task Second_create_with_the_same_singleUseId_for_the_survey_is_409()
    {
        Assert.Equal(HttpStatusCode.Created, (await Create(_server.Seeded.LinkSurveyId, "su-twice")).Status);
        var count = _server.Data.Responses.Count;

        var (status, body) = await Create(_server.Seeded.LinkSurveyId, "su-twice");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(Conflict, body.Json());
        Assert.Equal(count, _server.Data.Responses.Count);

        Assert.Equal(HttpStatusCode.Created, (await Create(_server.Seeded.AppSurveyId, "su-twice")).Status);
    }

    [Fact]
    public async Task Update_to_a_taken_singleUseId_is_409_and_a_freed_one_can_be_reused()
    {
        Assert.Equal(HttpStatusCode.Created, (await Create(_server.Seeded.LinkSurveyId, "su-taken")).Status);
        var (_, other) = await Create(_server.Seeded.LinkSurveyId, "su-mine");
        var id = (string)other!["data"]!["id"]!;

        var (conflict, conflictBody) = await Update(id, "\"su-taken\"");
        Assert.Equal(HttpStatusCode.Conflict, conflict);
        Assert.Equal(Conflict, conflictBody.Json());
        Assert.Equal("su-mine", _server.Data.Find<FakeResponse>(id)!.SingleUseId);

        var (moved, movedBody) = await Update(id, "\"su-new\"");
        Assert.Equal(HttpStatusCode.OK, moved);
        Assert.Equal("su-new", (string)movedBody!["data"]!["singleUseId"]!);
        Assert.Equal(HttpStatusCode.Created, (await Create(_server.Seeded.LinkSurveyId, "su-mine")).Status);

        var (cleared, clearedBody) = await Update(id, "null");
        Assert.Equal(HttpStatusCode.OK, cleared);
        Assert.Null(clearedBody!["data"]!["singleUseId"]);
        Assert.Equal(HttpStatusCode.Created, (await Create(_server.Seeded.LinkSurveyId, "su-new")).Status);
    }

    [Fact]
    public async Task Non_string_singleUseId_is_422()
    {
        var (status, body) = await _client.SendJsonAsync(HttpMethod.Post, "v2/management/responses",
            $$"""{"surveyId":"{{_server.Seeded.LinkSurveyId}}","finished":true,"data":{},"singleUseId":5,"displayId":true}""");
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Equal(
            """{"error":{"code":422,"message":"Unprocessable Entity","details":[{"field":"singleUseId","issue":"Invalid input: expected string, received number"},{"field":"displayId","issue":"Invalid input: expected string, received boolean"}]}}""",
            body.Json());
    }

    private Task<(HttpStatusCode Status, JsonNode? Body)> Create(string surveyId, string singleUseId, string extra = "") =>
        _client.SendJsonAsync(HttpMethod.Post, "v2/management/responses", $$"""{"surveyId":"{{surveyId}}","finished":true,"data":{"q":"a"},"singleUseId":"{{singleUseId}}"{{extra}}}""");

    private async Task<(HttpStatusCode Status, JsonNode? Body)> Update(string id, string singleUseId)
    {
        var (_, current) = await _client.GetJsonAsync($"v2/management/responses/{id}");
        var body = Http.UpdateBody(current!["data"]!, b =>
        {
            b["data"] = new JsonObject { ["q"] = "b" };
            b["singleUseId"] = JsonNode.Parse(singleUseId);
        });
        return await _client.SendJsonAsync(HttpMethod.Put, $"v2/management/responses/{id}", body);
    }
}
