using System.Net;
using System.Net.Http.Headers;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>API keys (§4.3): headers, per-environment permissions, v1 and v2 failure bodies, the unauthenticated client API.</summary>
public sealed class AuthTests : IAsyncLifetime
{
    private FakeFormbricksServer _server = null!;

    public async ValueTask InitializeAsync() =>
        _server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions
        {
            SegmentSizes = [],
            ApiKeys = [new FakeApiKey("fbk_reader", FakeAccessLevel.Read), new FakeApiKey("fbk_writer", FakeAccessLevel.Write), new FakeApiKey("legacy-key", FakeAccessLevel.Read)],
        });

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Bearer_fbk_key_is_accepted_other_bearer_tokens_are_not()
    {
        using var client = _server.CreateClient(apiKey: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _server.ApiKey);
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("v2/management/surveys")).Status);

        using var legacy = _server.CreateClient(apiKey: null);
        legacy.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "legacy-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await legacy.GetJsonAsync("v2/management/surveys")).Status);

        using var header = _server.CreateClient(" legacy-key ");
        Assert.Equal(HttpStatusCode.OK, (await header.GetJsonAsync("v2/management/surveys")).Status);
    }

    [Fact]
    public async Task Get_needs_read_post_needs_write_delete_needs_manage()
    {
        using var reader = _server.CreateClient("fbk_reader");
        using var writer = _server.CreateClient("fbk_writer");
        var survey = $"v2/management/surveys/{_server.Seeded.DraftSurveyId}";
        var input = $$"""{"name":"N","type":"link","environmentId":"{{_server.Seeded.EnvironmentId}}"}""";

        Assert.Equal(HttpStatusCode.OK, (await reader.GetJsonAsync(survey)).Status);
        var put = await reader.SendJsonAsync(HttpMethod.Put, survey, input);
        Assert.Equal(HttpStatusCode.Unauthorized, put.Status);
        Assert.Equal("""{"error":{"code":401,"message":"Unauthorized"}}""", put.Body.Json());
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.SendJsonAsync(HttpMethod.Post, "v2/management/surveys", input)).Status);

        Assert.Equal(HttpStatusCode.OK, (await writer.SendJsonAsync(HttpMethod.Put, survey, input)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await writer.SendJsonAsync(HttpMethod.Delete, survey, null)).Status);

        var webhook = await writer.SendJsonAsync(HttpMethod.Delete, $"v1/webhooks/{_server.Seeded.WebhookId}", null);
        Assert.Equal(HttpStatusCode.Unauthorized, webhook.Status);
        Assert.Equal("""{"code":"unauthorized","message":"You are not authorized to access this resource","details":{}}""", webhook.Body.Json());

        using var manager = _server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await manager.SendJsonAsync(HttpMethod.Delete, survey, null)).Status);
        Assert.Null(_server.Data.Find<FakeSurvey>(_server.Seeded.DraftSurveyId));
    }

    [Fact]
    public async Task V1_missing_key_is_not_authenticated_and_client_api_needs_no_key()
    {
        using var anonymous = _server.CreateClient(apiKey: null);
        var (status, body) = await anonymous.GetJsonAsync("v1/management/action-classes");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("""{"code":"not_authenticated","message":"Not authenticated","details":{"x-Api-Key":"Header not provided or API Key invalid"}}""", body.Json());

        var display = await anonymous.SendJsonAsync(HttpMethod.Post, $"v1/client/{_server.Seeded.EnvironmentId}/displays", $$"""{"surveyId":"{{_server.Seeded.LinkSurveyId}}","userId":"user-000001"}""");
        Assert.Equal(HttpStatusCode.OK, display.Status);
        Assert.Equal(_server.Seeded.ContactId, (string)display.Body!["data"]!["contactId"]!);
    }
}
