using System.Net;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>The plain resource operations: surveys, responses, contacts, attribute keys, action classes, webhooks, client API.</summary>
public sealed class ResourceTests : IAsyncLifetime
{
    private FakeFormbricksServer _server = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [3], ContactCount = 20 });
        _client = _server.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Survey_lifecycle()
    {
        var env = _server.Seeded.EnvironmentId;
        var (created, body) = await _client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys", $$"""{"name":"NPS","type":"link","environmentId":"{{env}}","status":"inProgress","questions":[{"id":"nps"}]}""");
        Assert.Equal(HttpStatusCode.Created, created);
        var id = (string)body!["data"]!["id"]!;
        Assert.Equal("inProgress", (string)body["data"]!["status"]!);
        Assert.Equal(FakeClock.ToIsoString(_server.Clock.GetUtcNow()), (string)body["data"]!["createdAt"]!);

        var (_, list) = await _client.GetJsonAsync("v2/management/surveys?limit=1");
        Assert.Equal(id, (string)list!["data"]![0]!["id"]!);
        Assert.Equal(11, (int)list["meta"]!["total"]!);

        _server.Clock.Advance(TimeSpan.FromMinutes(5));
        var (updated, after) = await _client.SendJsonAsync(HttpMethod.Put, $"v2/management/surveys/{id}", $$"""{"name":"NPS 2","type":"link","environmentId":"{{env}}","status":"paused"}""");
        Assert.Equal(HttpStatusCode.OK, updated);
        Assert.Equal("NPS 2", (string)after!["data"]!["name"]!);
        Assert.NotEqual((string)after["data"]!["createdAt"]!, (string)after["data"]!["updatedAt"]!);
        Assert.Equal(FakeSurveyStatus.Paused, _server.Data.Find<FakeSurvey>(id)!.Status);

        Assert.Equal(HttpStatusCode.OK, (await _client.SendJsonAsync(HttpMethod.Delete, $"v2/management/surveys/{id}", null)).Status);
        var (gone, notFound) = await _client.GetJsonAsync($"v2/management/surveys/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone);
        Assert.Equal("""{"error":{"code":404,"message":"Not Found","details":[{"field":"survey","issue":"not found"}]}}""", notFound.Json());
        var (other, _) = await _client.SendJsonAsync(HttpMethod.Post, "v2/management/surveys", $$"""{"name":"x","type":"app","environmentId":"{{_server.Seeded.OtherEnvironmentId}}"}""");
        Assert.Equal(HttpStatusCode.Forbidden, other);
    }

    [Fact]
    public async Task Data_added_by_a_test_is_served()
    {
        var env = _server.Seeded.EnvironmentId;
        var survey = _server.Data.AddSurvey(env, FakeSurveyType.Link, FakeSurveyStatus.InProgress, "Own survey");
        var contacts = _server.Data.AddContacts(env, 3, "own");
        _server.Data.SetTimestamps(contacts[0], contacts[0].CreatedAt.AddDays(-1000));
        _server.Data.SetTimestamps(contacts[2], contacts[2].CreatedAt.AddDays(1));

        var segment = _server.Data.AddSegment(env, contacts.Select(c => c.Id));
        _server.Data.AddResponse(survey.Id, contacts[0].Id);

        var (status, body) = await _client.GetJsonAsync($"v2/management/surveys/{survey.Id}/contact-links/segments/{segment.Id}?attributeKeys=userId");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["own-3", "own-2", "own-1"], body!["data"]!.AsArray().Select(i => (string)i!["attributes"]!["userId"]!));
        var (refused, _) = await _client.GetJsonAsync($"v2/management/surveys/{survey.Id}/contact-links/contacts/{contacts[0].Id}");
        Assert.Equal(HttpStatusCode.BadRequest, refused);
    }

    [Fact]
    public async Task Response_lifecycle_and_list_without_meta()
    {
        var survey = _server.Seeded.LinkSurveyId;
        var (created, body) = await _client.SendJsonAsync(HttpMethod.Post, "v2/management/responses", $$$"""{"surveyId":"{{{survey}}}","finished":true,"data":{"q1":"hi"},"ttc":{"q1":1200}}""");
        Assert.Equal(HttpStatusCode.Created, created);
        var id = (string)body!["data"]!["id"]!;

        var (_, list) = await _client.GetJsonAsync($"v2/management/responses?surveyId={survey}&limit=2");
        Assert.Null(list!["meta"]);
        Assert.Equal(id, (string)list["data"]![0]!["id"]!);
        Assert.All(list["data"]!.AsArray(), r => Assert.Equal(survey, (string)r!["surveyId"]!));

        var update = Http.UpdateBody(body["data"]!, b =>
        {
            b["data"] = new JsonObject { ["q1"] = "changed" };
            b["finished"] = false;
        });
        var (updated, after) = await _client.SendJsonAsync(HttpMethod.Put, $"v2/management/responses/{id}", update);
        Assert.Equal(HttpStatusCode.OK, updated);
        Assert.Equal("changed", (string)after!["data"]!["data"]!["q1"]!);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendJsonAsync(HttpMethod.Delete, $"v2/management/responses/{id}", null)).Status);
        var (gone, notFound) = await _client.GetJsonAsync($"v2/management/responses/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone);
        Assert.Equal("response", (string)notFound!["error"]!["details"]![0]!["field"]!);
    }

    [Fact]
    public async Task Contacts_list_get_and_bulk_upsert()
    {
        var (_, list) = await _client.GetJsonAsync("v2/management/contacts?limit=5&skip=2");
        Assert.Equal(20, (int)list!["meta"]!["total"]!);
        Assert.Equal(5, list["data"]!.AsArray().Count);
        var (status, contact) = await _client.GetJsonAsync($"v2/management/contacts/{_server.Seeded.ContactId}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("user-000001", (string)contact!["data"]!["attributes"]!["userId"]!);

        var bulk = """{"contacts":[{"attributes":{"userId":"user-000001","plan":"pro"}},{"attributes":{"email":"new@example.com","tier":"gold"}}]}""";
        var (upserted, result) = await _client.SendJsonAsync(HttpMethod.Put, "v2/management/contacts/bulk", bulk);
        Assert.Equal(HttpStatusCode.OK, upserted);
        Assert.Equal(2, (int)result!["data"]!["processed"]!);
        Assert.Equal("pro", _server.Data.Find<FakeContact>(_server.Seeded.ContactId)!.Attributes["plan"]);
        Assert.Contains(_server.Data.AttributeKeys, k => k.Key == "tier");
        Assert.Equal(21, (int)(await _client.GetJsonAsync("v2/management/contacts")).Body!["meta"]!["total"]!);

        var (invalid, errors) = await _client.SendJsonAsync(HttpMethod.Put, "v2/management/contacts/bulk", """{"contacts":[{"attributes":{"plan":1}}]}""");
        Assert.Equal((HttpStatusCode)422, invalid);
        Assert.Equal("contacts.0.attributes.plan", (string)errors!["error"]!["details"]![0]!["field"]!);
    }

    [Fact]
    public async Task Attribute_keys_list_create_and_conflict()
    {
        var (_, list) = await _client.GetJsonAsync("v2/management/contact-attribute-keys");
        Assert.Contains(list!["data"]!.AsArray(), k => (string)k!["key"]! == "email");
        var (created, body) = await _client.SendJsonAsync(HttpMethod.Post, "v2/management/contact-attribute-keys", """{"key":"company","name":"Company"}""");
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(_server.Seeded.EnvironmentId, (string)body!["data"]!["environmentId"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await _client.SendJsonAsync(HttpMethod.Post, "v2/management/contact-attribute-keys", """{"key":"company"}""")).Status);
    }

    [Fact]
    public async Task Action_classes_and_webhooks()
    {
        var env = _server.Seeded.EnvironmentId;
        var (created, action) = await _client.SendJsonAsync(HttpMethod.Post, "v1/management/action-classes", $$"""{"name":" Upgrade ","type":"code","key":"upgrade","environmentId":"{{env}}"}""");
        Assert.Equal(HttpStatusCode.OK, created);
        Assert.Equal("Upgrade", (string)action!["data"]!["name"]!);
        var (invalid, error) = await _client.SendJsonAsync(HttpMethod.Post, "v1/management/action-classes", $$"""{"name":"x","type":"noCode","environmentId":"{{env}}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.Equal("Fields are missing or incorrectly formatted", (string)error!["message"]!);
        Assert.Equal(3, (await _client.GetJsonAsync("v1/management/action-classes")).Body!["data"]!.AsArray().Count);
        var actionId = (string)action["data"]!["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await _client.SendJsonAsync(HttpMethod.Delete, $"v1/management/action-classes/{actionId}", null)).Status);
        var (missing, notFound) = await _client.SendJsonAsync(HttpMethod.Delete, $"v1/management/action-classes/{actionId}", null);
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("Action Class not found", (string)notFound!["message"]!);

        var (hooked, webhook) = await _client.SendJsonAsync(HttpMethod.Post, "v1/webhooks", $$"""{"url":"https://example.com/hook","triggers":["responseFinished"],"workspaceId":"{{env}}"}""");
        Assert.Equal(HttpStatusCode.OK, hooked);
        Assert.StartsWith("whsec_", (string)webhook!["data"]!["secret"]!, StringComparison.Ordinal);
        var webhookId = (string)webhook["data"]!["id"]!;
        var (_, fetched) = await _client.GetJsonAsync($"v1/webhooks/{webhookId}");
        Assert.Null(fetched!["data"]!["secret"]);
        Assert.All((await _client.GetJsonAsync("v1/webhooks")).Body!["data"]!.AsArray(), w => Assert.Null(w!["secret"]));
        var (noWorkspace, noWorkspaceBody) = await _client.SendJsonAsync(HttpMethod.Post, "v1/webhooks", """{"url":"https://example.com/hook","triggers":["responseCreated"]}""");
        Assert.Equal(HttpStatusCode.BadRequest, noWorkspace);
        Assert.Equal("workspaceId must be provided", (string)noWorkspaceBody!["message"]!);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendJsonAsync(HttpMethod.Delete, $"v1/webhooks/{webhookId}", null)).Status);
        var (gone, goneBody) = await _client.GetJsonAsync($"v1/webhooks/{webhookId}");
        Assert.Equal(HttpStatusCode.NotFound, gone);
        Assert.Equal($$$"""{"code":"not_found","message":"Webhook not found","details":{"resource_id":"{{{webhookId}}}","resource_type":"Webhook"}}""", goneBody.Json());
    }

    [Fact]
    public async Task Client_api_checks_and_userId_attribution()
    {
        var env = _server.Seeded.EnvironmentId;
        using var client = _server.CreateClient(apiKey: null);
        JsonObject Body(string surveyId) => new() { ["surveyId"] = surveyId, ["finished"] = true, ["data"] = new JsonObject(), ["userId"] = "user-new" };

        var (unknownEnv, envBody) = await client.PostJsonAsync("v1/client/zzzzzzzzzzzzzzzzzzzzzzzzz/responses", Body(_server.Seeded.LinkSurveyId));
        Assert.Equal(HttpStatusCode.NotFound, unknownEnv);
        Assert.Equal("Workspace not found", (string)envBody!["message"]!);
        var (paused, pausedBody) = await client.PostJsonAsync($"v1/client/{env}/responses", Body(_server.Seeded.PausedSurveyId));
        Assert.Equal(HttpStatusCode.Forbidden, paused);
        Assert.Equal($$$"""{"code":"forbidden","message":"Survey is not accepting submissions","details":{"surveyId":"{{{_server.Seeded.PausedSurveyId}}}"}}""", pausedBody.Json());
        var (otherWorkspace, otherBody) = await client.PostJsonAsync($"v1/client/{env}/responses", Body(_server.Seeded.OtherEnvironmentSurveyId));
        Assert.Equal(HttpStatusCode.BadRequest, otherWorkspace);
        Assert.Equal("Survey is part of another workspace", (string)otherBody!["message"]!);

        var (ok, created) = await client.PostJsonAsync($"v1/client/{env}/responses", Body(_server.Seeded.LinkSurveyId));
        Assert.Equal(HttpStatusCode.OK, ok);
        var response = _server.Data.Find<FakeResponse>((string)created!["data"]!["id"]!)!;
        var contact = _server.Data.Find<FakeContact>(response.ContactId!)!;
        Assert.Equal("user-new", contact.Attributes["userId"]);

        var (display, displayBody) = await client.SendJsonAsync(HttpMethod.Post, $"v2/client/{env}/displays", $$"""{"surveyId":"{{_server.Seeded.LinkSurveyId}}","contactId":"zzzzzzzzzzzzzzzzzzzzzzzzz"}""");
        Assert.Equal(HttpStatusCode.OK, display);
        Assert.Null(displayBody!["data"]!["contactId"]);
        var (options, _) = await client.SendJsonAsync(HttpMethod.Options, $"v1/client/{env}/displays", null);
        Assert.Equal(HttpStatusCode.OK, options);
    }
}
