using System.Net;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// Issue 12, defects 3 to 6 and the removed operations: bodies and queries read as the real routes read them
/// (<c>Number(limit)</c>, <c>ZResponse.omit</c>, <c>ZResponseInput</c>, the attribute key rule).
/// </summary>
public sealed class InputFidelityTests : IAsyncLifetime
{
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

    [Theory]
    [InlineData("abc", 0)]
    [InlineData("1_000", 0)]
    [InlineData("1.5", 2)]
    [InlineData("2.01", 3)]
    [InlineData("3", 3)]
    [InlineData("0x3", 3)]
    [InlineData("", 10)]
    public async Task SingleUseIds_counts_as_JavaScript_loops(string limit, int expected)
    {
        var (status, body) = await _client.GetJsonAsync($"v1/management/surveys/{_server.Seeded.SingleUseSurveyId}/singleUseIds?limit={limit}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, body!["data"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("0.5", "Limit cannot be less than 1")]
    [InlineData("5000.5", "Limit cannot be more than 5000")]
    [InlineData("Infinity", "Limit cannot be more than 5000")]
    public async Task SingleUseIds_range_checks_compare_the_number(string limit, string message)
    {
        var (status, body) = await _client.GetJsonAsync($"v1/management/surveys/{_server.Seeded.SingleUseSurveyId}/singleUseIds?limit={limit}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, (string)body!["message"]!);
    }

    [Fact]
    public async Task UpdateResponse_takes_the_whole_response_but_id_and_surveyId()
    {
        var path = $"v2/management/responses/{_server.Seeded.ResponseId}";
        var (_, current) = await _client.GetJsonAsync(path);
        var response = current!["data"]!;

        var (ok, updated) = await _client.SendJsonAsync(HttpMethod.Put, path, Http.UpdateBody(response, b =>
        {
            b["surveyId"] = _server.Seeded.AppSurveyId; // stripped, as zod strips unknown keys
            b["userId"] = 5;
            b["language"] = null;
            b["data"] = new JsonObject { ["q"] = "new" };
        }));
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(_server.Seeded.LinkSurveyId, _server.Data.Find<FakeResponse>(_server.Seeded.ResponseId)!.SurveyId);
        Assert.Null(updated!["data"]!["language"]);
        Assert.Equal("new", (string)updated["data"]!["data"]!["q"]!);

        var (refused, body) = await _client.SendJsonAsync(HttpMethod.Put, path, $$$"""{"surveyId":"{{{_server.Seeded.LinkSurveyId}}}","data":{}}""");
        Assert.Equal((HttpStatusCode)422, refused);
        Assert.Equal(
            ["createdAt", "updatedAt", "finished", "contactId", "endingId", "variables", "ttc", "meta", "singleUseId", "language", "displayId"],
            body!["error"]!["details"]!.AsArray().Select(d => (string)d!["field"]!));
        Assert.Equal("Invalid input: expected string, received undefined", Issue(body, "contactId"));
        Assert.Equal("Invalid input: expected date, received Date", Issue(body, "createdAt"));
        Assert.Equal("Invalid input: expected object, received undefined", Issue(body, "meta"));

        var (badDate, dateBody) = await _client.SendJsonAsync(HttpMethod.Put, path, Http.UpdateBody(response, b => b["updatedAt"] = "not a date"));
        Assert.Equal((HttpStatusCode)422, badDate);
        Assert.Equal("Invalid input: expected date, received Date", Issue(dateBody!, "updatedAt"));
    }

    [Fact]
    public async Task CreateResponse_requires_finished_a_string_userId_and_a_cuid2_surveyId_before_any_lookup()
    {
        var survey = _server.Seeded.LinkSurveyId;
        await Refused($$$"""{"surveyId":"{{{survey}}}","data":{}}""", ("finished", "Invalid input: expected boolean, received undefined"));
        await Refused($$"""{"surveyId":"{{survey}}","finished":true,"data":{},"userId":5}""", ("userId", "Invalid input: expected string, received number"));
        await Refused("""{"surveyId":"A-1","finished":true,"data":{}}""", ("surveyId", "Invalid cuid2"));
        await Refused("""{"surveyId":"a_b","finished":true,"data":{}}""", ("surveyId", "Invalid cuid2"));
        await Refused("""{"surveyId":5,"finished":true,"data":{}}""", ("surveyId", "Invalid input: expected string, received number"));

        // "a" is a cuid2 to zod 4 (/^[0-9a-z]+$/): it gets as far as the lookup.
        var (missing, _) = await _client.SendJsonAsync(HttpMethod.Post, "v2/management/responses", """{"surveyId":"a","finished":true,"data":{}}""");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        var (created, _) = await _client.SendJsonAsync(HttpMethod.Post, "v2/management/responses", $$"""{"surveyId":"{{survey}}","finished":false,"data":{},"userId":"u-1"}""");
        Assert.Equal(HttpStatusCode.Created, created);
    }

    [Theory]
    [InlineData("Bad-Key")]
    [InlineData("bad key")]
    [InlineData("1abc")]
    [InlineData("_abc")]
    [InlineData("abcD")]
    [InlineData("é")]
    public async Task Attribute_keys_must_be_safe_identifiers(string key)
    {
        var (status, body) = await _client.PostJsonAsync("v2/management/contact-attribute-keys", new JsonObject { ["key"] = key });
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Equal(
            """{"error":{"code":422,"message":"Unprocessable Entity","details":[{"field":"key","issue":"Key must be a safe identifier: only lowercase letters, numbers, and underscores, and must start with a letter"}]}}""",
            body.Json());
    }

    [Fact]
    public async Task Attribute_keys_refuse_reserved_names_and_take_safe_ones()
    {
        var (reserved, body) = await _client.PostJsonAsync("v2/management/contact-attribute-keys", new JsonObject { ["key"] = "id" });
        Assert.Equal((HttpStatusCode)422, reserved);
        Assert.Equal("Key \"id\" is reserved", Issue(body!, "key"));

        var (created, _) = await _client.PostJsonAsync("v2/management/contact-attribute-keys", new JsonObject { ["key"] = "plan_2026" });
        Assert.Equal(HttpStatusCode.Created, created);
    }

    private async Task Refused(string body, (string Field, string Issue) expected)
    {
        var (status, answer) = await _client.SendJsonAsync(HttpMethod.Post, "v2/management/responses", body);
        Assert.Equal((HttpStatusCode)422, status);
        var details = answer!["error"]!["details"]!.AsArray();
        Assert.Equal([expected], details.Select(d => ((string)d!["field"]!, (string)d["issue"]!)));
    }

    private static string? Issue(JsonNode body, string field) =>
        (string?)body["error"]!["details"]!.AsArray().FirstOrDefault(d => (string)d!["field"]! == field)?["issue"];
}
