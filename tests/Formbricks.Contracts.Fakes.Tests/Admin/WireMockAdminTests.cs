using System.Net;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests.Admin;

/// <summary>
/// The WireMock-compatible admin routes over real HTTP: stub mappings in WireMock.Net's and WireMock's JSON formats
/// answer before the fake while every other route stays stateful; the request log in WireMock.Net's shape; resets.
/// </summary>
public sealed class WireMockAdminTests
{
    private const string SurveysPath = "/api/v2/management/surveys";

    [Fact]
    public async Task A_mapping_in_WireMock_Net_format_overrides_one_route_while_the_others_stay_stateful()
    {
        await using var fake = await AdminServer.StartAsync();
        var added = await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", $$$"""
            {"Title": "surveys limit 10", "Priority": 1,
             "Request": {"Path": {"Matchers": [{"Name": "WildcardMatcher", "Pattern": "{{{SurveysPath}}}"}]}, "Methods": ["GET"],
                         "Params": [{"Name": "limit", "Matchers": [{"Name": "ExactMatcher", "Pattern": "10"}]}]},
             "Response": {"StatusCode": 200, "Headers": {"x-stub": "yes"}, "BodyAsJson": {"data": [], "meta": {"total": 0}}, "Delay": 50}}
            """);

        using var stubbed = await fake.Api.GetAsync("v2/management/surveys?limit=10", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, stubbed.StatusCode);
        Assert.Equal("yes", stubbed.Headers.GetValues("x-stub").Single());
        Assert.Equal("application/json", stubbed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await Http.ReadAsync(stubbed))!["meta"]!["total"]!.GetValue<int>());

        // The same route with another query, and every other route, are the fake's: a created survey shows up.
        var created = await fake.Api.PostJsonAsync("v2/management/surveys", new JsonObject
        {
            ["environmentId"] = fake.Server.Seeded.EnvironmentId, ["name"] = "Beside the stub", ["type"] = "link",
        });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var (status, page) = await fake.Api.GetJsonAsync("v2/management/surveys?limit=250");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Beside the stub", page!["data"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));

        // The mapping lists as posted, with its Guid; the fake's journal has only what the fake answered.
        var listed = Assert.Single((await fake.AdminAsync(HttpMethod.Get, "__admin/mappings")).AsArray());
        Assert.Equal(added["Guid"]!.GetValue<string>(), listed!["Guid"]!.GetValue<string>());
        Assert.Equal("surveys limit 10", listed["Title"]!.GetValue<string>());
        Assert.Equal(new[] { "POST", "GET" }, fake.Server.Journal.Select(e => e.Method));
    }

    [Fact]
    public async Task A_mapping_in_WireMock_format_matches_on_path_pattern_query_and_headers()
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", """
            {"request": {"method": "GET", "urlPathPattern": "/api/v2/management/surveys/[a-z0-9]+",
                         "queryParameters": {"fields": {"equalTo": "name"}}, "headers": {"x-trace": {"contains": "abc"}}},
             "response": {"status": 503, "headers": {"Retry-After": "7"}, "body": "down"}}
            """);
        var path = $"v2/management/surveys/{fake.Server.Seeded.LinkSurveyId}";

        async Task<HttpStatusCode> GetAsync(string query, string? trace)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path + query);
            if (trace is not null)
            {
                request.Headers.Add("x-trace", trace);
            }

            using var response = await fake.Api.SendAsync(request, TestContext.Current.CancellationToken);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await GetAsync("?fields=name", "xabcx"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync("?fields=name", null));
        Assert.Equal(HttpStatusCode.OK, await GetAsync("?fields=other", "abc"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync("", "abc"));
    }

    [Fact]
    public async Task Priorities_order_the_mappings_and_one_is_deleted_by_its_guid()
    {
        await using var fake = await AdminServer.StartAsync();
        var low = await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", """{"Priority": 5, "Request": {"Path": "/api/v1/management/me"}, "Response": {"StatusCode": 500}}""");
        var high = await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", """{"Priority": 1, "Request": {"Path": "/api/v1/management/*"}, "Response": {"StatusCode": 418}}""");

        Assert.Equal((HttpStatusCode)418, (await fake.Api.GetJsonAsync("v1/management/me")).Status);
        await fake.AdminAsync(HttpMethod.Delete, $"__admin/mappings/{high["Guid"]}");
        Assert.Equal(HttpStatusCode.InternalServerError, (await fake.Api.GetJsonAsync("v1/management/me")).Status);
        await fake.AdminAsync(HttpMethod.Delete, $"__admin/mappings/{low["Guid"]}");
        Assert.Equal(HttpStatusCode.OK, (await fake.Api.GetJsonAsync("v1/management/me")).Status);

        var (status, answer) = await fake.Admin.SendJsonAsync(HttpMethod.Delete, $"__admin/mappings/{low["Guid"]}", null);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("No Mapping found", answer!["Status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"Response": {"StatusCode": 200}}""", "a mapping needs a 'Request' object")]
    [InlineData("""{"Request": {"Path": {"Matchers": [{"Name": "RegexMatcher", "Pattern": "(("}]}}, "Response": {}}""", "invalid regular expression '(('")]
    [InlineData("""{"Request": {"Path": {"Matchers": [{"Name": "JmesPathMatcher", "Pattern": "x"}]}}, "Response": {}}""", "matcher 'JmesPathMatcher' is not supported")]
    [InlineData("""{"Request": {}, "Response": {"StatusCode": "teapot"}}""", "'StatusCode' must be a whole number")]
    [InlineData("[1", "the body is not JSON")]
    [InlineData("""{"Request": {"Methods": [1]}, "Response": {}}""", "Request.Methods must be a list of method names")]
    [InlineData("""{"request": {"headers": {"x": {"soundsLike": "y"}}}, "response": {}}""", "unknown matcher")]
    [InlineData("""{"Request": {}, "Response": {"ProxyUrl": "http://example.com"}}""", "Response.ProxyUrl is not supported")]
    [InlineData("""{"request": {}, "response": {"bodyFileName": "a.json"}}""", "response.bodyFileName is not supported")]
    [InlineData("""{"request": {"cookies": {"a": {"equalTo": "b"}}}, "response": {}}""", "request.cookies is not supported")]
    [InlineData("""{"Request": {}, "Response": {}, "Webhook": {"Request": {}}}""", "Webhook is not supported")]
    public async Task A_bad_mapping_is_a_400_that_says_what_is_wrong(string mapping, string message)
    {
        await using var fake = await AdminServer.StartAsync();

        await fake.AssertRefusedAsync(mapping, message);
    }

    [Fact]
    public async Task The_request_log_has_every_request_in_WireMock_Net_shape_and_no_admin_call()
    {
        await using var fake = await AdminServer.StartAsync();
        var mapping = await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", """{"Request": {"Path": "/api/v1/management/me"}, "Response": {"StatusCode": 204}}""");
        await fake.Api.GetJsonAsync("v1/management/me");
        var (_, answered) = await fake.Api.GetJsonAsync("v2/management/surveys?limit=2&skip=1");

        var log = (await fake.AdminAsync(HttpMethod.Get, "__admin/requests")).AsArray();

        Assert.Equal(2, log.Count);
        Assert.Equal(mapping["Guid"]!.GetValue<string>(), log[0]!["MappingGuid"]!.GetValue<string>());
        Assert.Equal(204, log[0]!["Response"]!["StatusCode"]!.GetValue<int>());
        var fakeAnswered = log[1]!;
        Assert.Equal("Formbricks (Formbricks.Contracts.Fakes)", fakeAnswered["MappingTitle"]!.GetValue<string>());
        Assert.Equal("GET", fakeAnswered["Request"]!["Method"]!.GetValue<string>());
        Assert.Equal(SurveysPath, fakeAnswered["Request"]!["Path"]!.GetValue<string>());
        Assert.Equal("2", fakeAnswered["Request"]!["Query"]!["limit"]![0]!.GetValue<string>());
        Assert.Equal(fake.Server.ApiKey, fakeAnswered["Request"]!["Headers"]!["x-api-key"]![0]!.GetValue<string>());
        Assert.Equal(200, fakeAnswered["Response"]!["StatusCode"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(answered, fakeAnswered["Response"]!["BodyAsJson"]), fakeAnswered["Response"]!.ToJsonString());
        Assert.Equal(fakeAnswered["Guid"]!.GetValue<string>(), (await fake.AdminAsync(HttpMethod.Get, $"__admin/requests/{fakeAnswered["Guid"]}"))["Guid"]!.GetValue<string>());

        var found = (await fake.AdminAsync(HttpMethod.Post, "__admin/requests/find", """{"Path": "/api/v2/*", "Methods": ["GET"]}""")).AsArray();
        Assert.Equal(SurveysPath, Assert.Single(found)!["Request"]!["Path"]!.GetValue<string>());

        await fake.AdminAsync(HttpMethod.Delete, "__admin/requests");
        Assert.Empty((await fake.AdminAsync(HttpMethod.Get, "__admin/requests")).AsArray());
        Assert.Single(fake.Server.Journal);
    }

    [Fact]
    public async Task The_request_log_is_bounded_by_the_journal_capacity()
    {
        await using var fake = await AdminServer.StartAsync(journalCapacity: 3);
        for (var i = 1; i <= 5; i++)
        {
            await fake.Api.GetJsonAsync($"v2/management/surveys?limit={i}");
        }

        var log = (await fake.AdminAsync(HttpMethod.Get, "__admin/requests")).AsArray();
        Assert.Equal(new[] { "3", "4", "5" }, log.Select(e => e!["Request"]!["Query"]!["limit"]![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task Admin_reset_clears_mappings_and_log_but_not_the_fake_and_Reset_clears_all()
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", """{"Request": {"Path": "/api/v1/management/me"}, "Response": {"StatusCode": 500}}""");
        await fake.Api.GetJsonAsync("v2/management/surveys");
        fake.Server.Clock.Advance(TimeSpan.FromHours(1));

        await fake.AdminAsync(HttpMethod.Post, "__admin/reset");

        Assert.Empty((await fake.AdminAsync(HttpMethod.Get, "__admin/mappings")).AsArray());
        Assert.Empty((await fake.AdminAsync(HttpMethod.Get, "__admin/requests")).AsArray());
        Assert.Single(fake.Server.Journal);
        Assert.Equal(FakeClock.DefaultStart.AddHours(1), fake.Server.Clock.GetUtcNow());

        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", """{"Request": {"Path": "/api/v1/management/me"}, "Response": {"StatusCode": 500}}""");
        fake.Server.Reset();
        Assert.Empty((await fake.AdminAsync(HttpMethod.Get, "__admin/mappings")).AsArray());
        Assert.Equal(HttpStatusCode.OK, (await fake.Api.GetJsonAsync("v1/management/me")).Status);
    }

    [Theory]
    [InlineData("""{"url": "/api/v1/management/me?x=1"}""", "v1/management/me?x=1", "v1/management/me?x=2", false)]
    [InlineData("""{"urlPattern": "/api/v1/management/m.*\\?x=[0-9]"}""", "v1/management/me?x=7", "v1/management/me?x=a", false)]
    [InlineData("""{"urlPath": "/api/v1/management/me", "headers": {"x-off": {"absent": true}}}""", "v1/management/me", "v1/management/me", true)]
    [InlineData("""{"method": "ANY", "urlPathPattern": "/api/v1/.*", "queryParameters": {"q": {"doesNotMatch": "[0-9]+"}}}""", "v1/management/me?q=a", "v1/management/me?q=12", false)]
    public async Task WireMock_url_matchers_take_the_request_they_describe_and_leave_the_rest_to_the_fake(string request, string taken, string left, bool leftWithHeader)
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", $$$"""{"request": {{{request}}}, "response": {"status": 418}}""");
        using var withHeader = fake.Server.CreateClient();
        withHeader.DefaultRequestHeaders.Add("x-off", "1");

        Assert.Equal((HttpStatusCode)418, (await fake.Api.GetJsonAsync(taken)).Status);
        Assert.Equal(HttpStatusCode.OK, (await (leftWithHeader ? withHeader : fake.Api).GetJsonAsync(left)).Status);
    }

    [Fact]
    public async Task In_memory_the_admin_API_answers_through_the_server_s_handler()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { AdminApi = true }, TestContext.Current.CancellationToken);
        using var admin = new HttpClient(server.CreateHandler()) { BaseAddress = server.Url };
        using var api = server.CreateClient();

        var (added, _) = await admin.SendJsonAsync(HttpMethod.Post, "__admin/mappings", """{"Request": {"Path": "/api/v1/management/me"}, "Response": {"StatusCode": 418}}""");
        Assert.Equal(HttpStatusCode.Created, added);
        Assert.Equal((HttpStatusCode)418, (await api.GetJsonAsync("v1/management/me")).Status);
        Assert.Single((await admin.GetJsonAsync("__admin/requests")).Body!.AsArray());
        Assert.Empty(server.Journal);
    }

    [Fact]
    public async Task Without_the_option_the_admin_routes_are_the_fake_s_404()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http }, TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = server.Url };

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync("__admin/mappings")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync("__formbricks/")).Status);
    }
}
