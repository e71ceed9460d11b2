using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>Single-use links (§3): generation, page checks, submission, 409 on reuse, exactly one winner under concurrency.</summary>
public sealed class SingleUseTests : IAsyncLifetime
{
    private FakeFormbricksServer _server = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [], ApiKeys = [new FakeApiKey("fbk_read_only", FakeAccessLevel.Read)] });
        _client = _server.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<List<string>> GenerateAsync(string surveyId, int limit)
    {
        var (status, body) = await _client.GetJsonAsync($"v1/management/surveys/{surveyId}/singleUseIds?limit={limit}");
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. body!["data"]!.AsArray().Select(n => (string)n!)];
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> SubmitAsync(HttpClient client, string link, string? singleUseId = null)
    {
        var uri = new Uri(link);
        var surveyId = uri.Segments[^1];
        singleUseId ??= (await _server.Links.OpenAsync(uri, TestContext.Current.CancellationToken)).SingleUseId;
        return await client.PostJsonAsync($"v1/client/{_server.Seeded.EnvironmentId}/responses", new JsonObject
        {
            ["surveyId"] = surveyId,
            ["finished"] = true,
            ["data"] = new JsonObject { ["q1"] = "answer" },
            ["singleUseId"] = singleUseId,
            ["meta"] = new JsonObject { ["url"] = link },
        });
    }

    [Fact]
    public async Task Generates_signed_and_encrypted_links()
    {
        var signed = await GenerateAsync(_server.Seeded.SingleUseSurveyId, 3);
        Assert.Equal(3, signed.Count);
        Assert.Equal(3, signed.Distinct().Count());
        foreach (var link in signed)
        {
            Assert.StartsWith($"{_server.Url}s/{_server.Seeded.SingleUseSurveyId}?suId=", link, StringComparison.Ordinal);
            var query = QueryHelpers.ParseQuery(new Uri(link).Query);
            Assert.Matches("^[0-9a-f]{64}$", query["suToken"].ToString());
        }

        var encrypted = await GenerateAsync(_server.Seeded.SingleUseEncryptedSurveyId, 10);
        Assert.Equal(10, encrypted.Count);
        Assert.All(encrypted, link => Assert.Contains("%3A", link, StringComparison.Ordinal));
        Assert.All(encrypted, link => Assert.DoesNotContain("suToken", link, StringComparison.Ordinal));
        var (_, defaults) = await _client.GetJsonAsync($"v1/management/surveys/{_server.Seeded.SingleUseSurveyId}/singleUseIds");
        Assert.Equal(10, defaults!["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task Generation_errors_are_the_v1_ones()
    {
        var seeded = _server.Seeded;
        using var anonymous = _server.CreateClient(apiKey: null);
        using var readOnly = _server.CreateClient("fbk_read_only");
        async Task Expect(HttpClient client, string surveyId, string query, HttpStatusCode status, string body)
        {
            var (actual, json) = await client.GetJsonAsync($"v1/management/surveys/{surveyId}/singleUseIds{query}");
            Assert.Equal(status, actual);
            Assert.Equal(body, json.Json());
        }

        await Expect(anonymous, seeded.SingleUseSurveyId, "", HttpStatusCode.Unauthorized,
            """{"code":"not_authenticated","message":"Not authenticated","details":{"x-Api-Key":"Header not provided or API Key invalid"}}""");
        await Expect(_client, "zzzzzzzzzzzzzzzzzzzzzzzzz", "", HttpStatusCode.NotFound,
            """{"code":"not_found","message":"Survey not found","details":{"resource_id":"zzzzzzzzzzzzzzzzzzzzzzzzz","resource_type":"Survey"}}""");
        await Expect(readOnly, seeded.SingleUseSurveyId, "", HttpStatusCode.Unauthorized,
            """{"code":"unauthorized","message":"You are not authorized to access this resource","details":{}}""");
        await Expect(_client, seeded.AppSurveyId, "", HttpStatusCode.BadRequest,
            """{"code":"bad_request","message":"Single use links are only available for link surveys","details":{}}""");
        await Expect(_client, seeded.LinkSurveyId, "", HttpStatusCode.BadRequest,
            """{"code":"bad_request","message":"Single use links are not enabled for this survey","details":{}}""");
        await Expect(_client, seeded.SingleUseSurveyId, "?limit=0", HttpStatusCode.BadRequest,
            """{"code":"bad_request","message":"Limit cannot be less than 1","details":{}}""");
        await Expect(_client, seeded.SingleUseSurveyId, "?limit=5001", HttpStatusCode.BadRequest,
            """{"code":"bad_request","message":"Limit cannot be more than 5000","details":{}}""");
        _server.Faults.RateLimit.Enable();
        _server.Faults.RateLimit.Limit = 1;
        try
        {
            await GenerateAsync(seeded.SingleUseSurveyId, 1);
            await Expect(_client, seeded.SingleUseSurveyId, "", HttpStatusCode.TooManyRequests,
                """{"code":"too_many_requests","message":"Maximum number of requests reached. Please try again later.","details":{}}""");
        }
        finally
        {
            _server.Faults.RateLimit.Disable();
            _server.Faults.RateLimit.Limit = 100;
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Second_response_on_a_single_use_link_is_409_and_the_page_says_answered(bool encrypted)
    {
        var surveyId = encrypted ? _server.Seeded.SingleUseEncryptedSurveyId : _server.Seeded.SingleUseSurveyId;
        var link = (await GenerateAsync(surveyId, 1))[0];
        Assert.Equal(LinkStatus.Valid, (await _server.Links.OpenAsync(new Uri(link), TestContext.Current.CancellationToken)).Status);
        using var client = _server.CreateClient(apiKey: null);
        var (first, body) = await SubmitAsync(client, link);
        Assert.Equal(HttpStatusCode.OK, first);
        Assert.NotNull(body!["data"]!["id"]);

        var (second, conflict) = await SubmitAsync(client, link);
        Assert.Equal(HttpStatusCode.Conflict, second);
        Assert.Equal("""{"code":"conflict","message":"Response already submitted for this single-use link","details":{}}""", conflict.Json());

        var page = await _server.Links.OpenAsync(new Uri(link), TestContext.Current.CancellationToken);
        Assert.Equal(LinkStatus.AlreadyAnswered, page.Status);
        Assert.Equal("You can only use this link once.", page.Text);
    }

    [Fact]
    public async Task Hundred_parallel_submissions_with_one_singleUseId_have_exactly_one_winner()
    {
        await OneWinnerAsync(_server);
        await using var kestrel = await FakeFormbricksServer.StartAsync(
            new FakeFormbricksOptions { Hosting = FakeHosting.Http, SegmentSizes = [] }, TestContext.Current.CancellationToken);
        await OneWinnerAsync(kestrel);
    }

    private static async Task OneWinnerAsync(FakeFormbricksServer server)
    {
        var link = server.Links.CreateSingleUseLink(server.Seeded.SingleUseSurveyId).ToString();
        var singleUseId = QueryHelpers.ParseQuery(new Uri(link).Query)["suId"].ToString();
        using var client = server.CreateClient(apiKey: null);
        var body = new JsonObject
        {
            ["surveyId"] = server.Seeded.SingleUseSurveyId, ["finished"] = true, ["data"] = new JsonObject(),
            ["singleUseId"] = singleUseId, ["meta"] = new JsonObject { ["url"] = link },
        }.ToJsonString();
        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() =>
            client.SendJsonAsync(HttpMethod.Post, $"v1/client/{server.Seeded.EnvironmentId}/responses", body))));
        Assert.Equal(1, results.Count(r => r.Status == HttpStatusCode.OK));
        Assert.Equal(99, results.Count(r => r.Status == HttpStatusCode.Conflict));
        Assert.Single(server.Data.Responses, r => r.SingleUseId == singleUseId);
    }

    [Fact]
    public async Task Bad_single_use_parameters_are_refused()
    {
        var link = (await GenerateAsync(_server.Seeded.SingleUseSurveyId, 1))[0];
        var forged = link[..^4] + "0000";
        Assert.Equal(LinkStatus.Invalid, (await _server.Links.OpenAsync(new Uri(forged), TestContext.Current.CancellationToken)).Status);
        var bare = new Uri(_server.Url, $"s/{_server.Seeded.SingleUseSurveyId}");
        Assert.Equal(LinkStatus.Invalid, (await _server.Links.OpenAsync(bare, TestContext.Current.CancellationToken)).Status);

        using var client = _server.CreateClient(apiKey: null);
        var suId = QueryHelpers.ParseQuery(new Uri(link).Query)["suId"].ToString();
        var (status, body) = await SubmitAsync(client, forged, suId);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid single use id", (string)body!["message"]!);
        Assert.Equal(_server.Seeded.SingleUseSurveyId, (string)body["details"]!["surveyId"]!);

        var (missing, missingBody) = await client.PostJsonAsync($"v1/client/{_server.Seeded.EnvironmentId}/responses", new JsonObject
        {
            ["surveyId"] = _server.Seeded.SingleUseSurveyId, ["finished"] = true, ["data"] = new JsonObject(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.Equal("Missing single use id", (string)missingBody!["message"]!);

        var (noUrl, noUrlBody) = await client.PostJsonAsync($"v1/client/{_server.Seeded.EnvironmentId}/responses", new JsonObject
        {
            ["surveyId"] = _server.Seeded.SingleUseSurveyId, ["finished"] = true, ["data"] = new JsonObject(), ["singleUseId"] = suId,
        });
        Assert.Equal(HttpStatusCode.BadRequest, noUrl);
        Assert.Equal("Missing or invalid URL in response metadata", (string)noUrlBody!["message"]!);
    }
}
