using System.Net;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>Client API input rules: singleUseId stored as sent, cuid2 contactId on v2, absolute meta.url.</summary>
public sealed class ClientInputTests : IAsyncLifetime
{
    private const string Conflict = """{"code":"conflict","message":"Response already submitted for this single-use link","details":{}}""";
    private const string BadContactId = """{"code":"bad_request","message":"Fields are missing or incorrectly formatted","details":{"contactId":"Invalid cuid2"}}""";
    private FakeFormbricksServer _server = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [] });
        _client = _server.CreateClient(apiKey: null);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task SingleUseId_is_stored_and_unique_without_single_use_enabled(string version)
    {
        var singleUseId = "plain-" + version;
        var (first, body) = await Submit(version, _server.Seeded.LinkSurveyId, singleUseId);
        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(singleUseId, _server.Data.Find<FakeResponse>((string)body!["data"]!["id"]!)!.SingleUseId);

        var (second, conflict) = await Submit(version, _server.Seeded.LinkSurveyId, singleUseId);
        Assert.Equal(HttpStatusCode.Conflict, second);
        Assert.Equal(Conflict, conflict.Json());
    }

    [Fact]
    public async Task V2_display_with_a_non_cuid2_contactId_is_400()
    {
        var (status, body) = await _client.PostJsonAsync($"v2/client/{_server.Seeded.EnvironmentId}/displays",
            new JsonObject { ["surveyId"] = _server.Seeded.LinkSurveyId, ["contactId"] = "NOT-A-CUID" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(BadContactId, body.Json());
    }

    [Fact]
    public async Task V2_response_with_a_non_cuid2_contactId_is_400()
    {
        var (status, body) = await _client.PostJsonAsync($"v2/client/{_server.Seeded.EnvironmentId}/responses", new JsonObject
        {
            ["surveyId"] = _server.Seeded.LinkSurveyId,
            ["finished"] = true,
            ["data"] = new JsonObject(),
            ["contactId"] = "contact_1",
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(BadContactId, body.Json());
    }

    [Fact]
    public async Task Relative_meta_url_is_an_invalid_url_even_with_a_valid_suId()
    {
        using var api = _server.CreateClient();
        var surveyId = _server.Seeded.SingleUseSurveyId;
        var (_, links) = await api.GetJsonAsync($"v1/management/surveys/{surveyId}/singleUseIds?limit=1");
        var link = new Uri((string)links!["data"]![0]!);
        var singleUseId = (await _server.Links.OpenAsync(link, TestContext.Current.CancellationToken)).SingleUseId!;

        var (status, body) = await Submit("v1", surveyId, singleUseId, link.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            $$$"""{"code":"bad_request","message":"Invalid URL in response metadata","details":{"surveyId":"{{{surveyId}}}","environmentId":"{{{_server.Seeded.EnvironmentId}}}"}}""",
            body.Json());

        Assert.Equal(HttpStatusCode.OK, (await Submit("v1", surveyId, singleUseId, link.ToString())).Status);
    }

    private Task<(HttpStatusCode Status, JsonNode? Body)> Submit(string version, string surveyId, string singleUseId, string? url = null)
    {
        var body = new JsonObject
        {
            ["surveyId"] = surveyId,
            ["finished"] = true,
            ["data"] = new JsonObject { ["q1"] = "answer" },
            ["singleUseId"] = singleUseId,
        };
        if (url is not null)
        {
            body["meta"] = new JsonObject { ["url"] = url };
        }

        return _client.PostJsonAsync($"{version}/client/{_server.Seeded.EnvironmentId}/responses", body);
    }
}
