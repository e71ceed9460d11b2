using System.Net;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests.Admin;

/// <summary>
/// <c>/__formbricks/</c> over real HTTP: the clock, faults (each kind the fault builder has), the journal's filters,
/// data, the reset and the index; no API key needed and nothing of it in the journal.
/// </summary>
public sealed class FormbricksAdminTests
{
    [Fact]
    public async Task Moving_the_clock_expires_a_personal_link()
    {
        await using var fake = await AdminServer.StartAsync();
        var seeded = fake.Server.Seeded;
        var (_, link) = await fake.Api.GetJsonAsync($"v2/management/surveys/{seeded.LinkSurveyId}/contact-links/contacts/{seeded.ContactId}?expirationDays=7");
        var url = new Uri(link!["data"]!["surveyUrl"]!.GetValue<string>());

        Assert.Equal(LinkStatus.Valid, (await fake.Server.Links.OpenAsync(url, TestContext.Current.CancellationToken)).Status);
        var moved = await fake.AdminAsync(HttpMethod.Post, "__formbricks/clock", """{"advance": "P7DT1M"}""");
        Assert.Equal("2026-06-08T12:01:00.000Z", moved["utcNow"]!.GetValue<string>());
        Assert.Equal(LinkStatus.Expired, (await fake.Server.Links.OpenAsync(url, TestContext.Current.CancellationToken)).Status);

        await fake.AdminAsync(HttpMethod.Post, "__formbricks/clock", """{"set": "2026-06-02T00:00:00Z"}""");
        Assert.Equal(LinkStatus.Valid, (await fake.Server.Links.OpenAsync(url, TestContext.Current.CancellationToken)).Status);
        await fake.AdminAsync(HttpMethod.Post, "__formbricks/clock", """{"advanceSeconds": -60}""");
        Assert.Equal("2026-06-01T23:59:00.000Z", (await fake.AdminAsync(HttpMethod.Get, "__formbricks/clock"))["utcNow"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"advance": "8 days"}""", "'advance' must be an ISO 8601 duration such as P8D")]
    [InlineData("""{"set": "tomorrow"}""", "tomorrow")]
    [InlineData("""{}""", "give \"advance\"")]
    [InlineData("""[1,2]""", "give \"advance\"")]
    public async Task A_bad_clock_move_is_a_400_with_one_line(string body, string message)
    {
        await using var fake = await AdminServer.StartAsync();

        var (status, answer) = await fake.Admin.SendJsonAsync(HttpMethod.Post, "__formbricks/clock", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = answer!["error"]!.GetValue<string>();
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
        Assert.Equal(FakeClock.DefaultStart, fake.Server.Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_fault_set_through_the_admin_API_answers_with_its_status_header_and_body_then_stops()
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__formbricks/faults", """
            {"operationId": "getSurveys", "times": 1, "when": {"query": {"limit": "5"}}, "headers": {"Retry-After": "30"},
             "action": "status", "status": 429, "body": {"my": "body"}}
            """);

        using var other = await fake.Api.GetAsync("v2/management/surveys?limit=6", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        using var faulty = await fake.Api.GetAsync("v2/management/surveys?limit=5", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, faulty.StatusCode);
        Assert.Equal("30", faulty.Headers.GetValues("Retry-After").Single());
        Assert.Equal("""{"my":"body"}""", await faulty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, (await fake.Api.GetJsonAsync("v2/management/surveys?limit=5")).Status);

        var rule = Assert.Single((await fake.AdminAsync(HttpMethod.Get, "__formbricks/faults"))["faults"]!.AsArray())!;
        Assert.Equal(0, rule["remaining"]!.GetValue<int>());
        Assert.Equal("query limit=5", Assert.Single(rule["when"]!.AsArray())!.GetValue<string>());
        await fake.AdminAsync(HttpMethod.Delete, "__formbricks/faults");
        Assert.Empty(fake.Server.Faults.Rules);
    }

    [Fact]
    public async Task Every_fault_action_works_through_the_admin_API()
    {
        await using var fake = await AdminServer.StartAsync();
        var survey = fake.Server.Seeded.LinkSurveyId;
        await fake.AdminAsync(HttpMethod.Post, "__formbricks/faults", """
            [{"method": "GET", "path": "/v2/management/surveys/{id}", "times": 1, "action": "malformedBody"},
             {"operationId": "getMe", "times": 1, "action": "dropConnection"},
             {"operationId": "getResponses", "times": 1, "action": "delay", "delayMs": 200},
             {"operationId": "getWebhooks", "times": 1, "action": "hang"},
             {"operationId": "getActionClasses", "times": 1, "status": 502}]
            """);

        using var malformed = await fake.Api.GetAsync($"v2/management/surveys/{survey}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, malformed.StatusCode);
        Assert.Null(await Http.ReadAsync(malformed) as JsonObject);
        await Assert.ThrowsAsync<HttpRequestException>(() => fake.Api.GetAsync("v1/management/me", TestContext.Current.CancellationToken));
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await fake.Api.GetJsonAsync("v2/management/responses")).Status);
        Assert.True(started.ElapsedMilliseconds >= 150, $"the delayed call took {started.ElapsedMilliseconds} ms");
        using (var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fake.Api.GetAsync("v1/webhooks", impatient.Token));
        }

        Assert.Equal(HttpStatusCode.BadGateway, (await fake.Api.GetJsonAsync("v1/management/action-classes")).Status);
    }

    [Theory]
    [InlineData("""{"operationId": "getSurvys", "status": 500}""", "Closest: 'getSurveys'")]
    [InlineData("""{"method": "GET", "path": "/v2/nowhere", "status": 500}""", "/v2/nowhere")]
    [InlineData("""{"status": 500}""", "a fault needs \"operationId\"")]
    [InlineData("""{"operationId": "getSurveys"}""", "a fault needs \"action\"")]
    [InlineData("""{"operationId": "getSurveys", "action": "explode"}""", "unknown fault action 'explode'")]
    [InlineData("""{"operationId": "getSurveys", "times": 0, "status": 500}""", "count")]
    public async Task A_bad_fault_is_a_400_naming_the_problem_and_adds_nothing(string body, string message)
    {
        await using var fake = await AdminServer.StartAsync();

        var (status, answer) = await fake.Admin.SendJsonAsync(HttpMethod.Post, "__formbricks/faults", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, answer!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(fake.Server.Faults.Rules);
    }

    [Fact]
    public async Task The_rate_limit_is_switched_through_the_admin_API()
    {
        await using var fake = await AdminServer.StartAsync();
        var limit = await fake.AdminAsync(HttpMethod.Put, "__formbricks/rate-limit", """{"enabled": true, "limit": 2, "windowSeconds": 60}""");
        Assert.True(limit["enabled"]!.GetValue<bool>());

        Assert.Equal(HttpStatusCode.OK, (await fake.Api.GetJsonAsync("v2/management/responses")).Status);
        Assert.Equal(HttpStatusCode.OK, (await fake.Api.GetJsonAsync("v2/management/responses")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await fake.Api.GetJsonAsync("v2/management/responses")).Status);
        await fake.AdminAsync(HttpMethod.Post, "__formbricks/clock", """{"advance": "PT61S"}""");
        Assert.Equal(HttpStatusCode.OK, (await fake.Api.GetJsonAsync("v2/management/responses")).Status);
    }

    [Fact]
    public async Task The_journal_filters_by_operation_method_path_status_time_and_count_and_holds_no_admin_call()
    {
        await using var fake = await AdminServer.StartAsync();
        using var anonymous = fake.Server.CreateClient(apiKey: null);
        await fake.Api.GetJsonAsync("v2/management/surveys?limit=1");
        await anonymous.GetJsonAsync("v2/management/surveys?limit=2");
        await fake.AdminAsync(HttpMethod.Post, "__formbricks/clock", """{"advance": "PT1H"}""");
        await fake.Api.GetJsonAsync("v2/management/surveys?limit=3");
        await fake.Api.GetJsonAsync("v1/management/me");

        async Task<IEnumerable<string>> QueriesAsync(string filter) =>
            (await fake.AdminAsync(HttpMethod.Get, "__formbricks/journal" + filter))["entries"]!.AsArray()
                .Select(e => e!["path"]!.GetValue<string>() + e["query"]!.GetValue<string>());

        Assert.Equal(["/api/v2/management/surveys?limit=1", "/api/v2/management/surveys?limit=2", "/api/v2/management/surveys?limit=3"], await QueriesAsync("?operationId=getSurveys"));
        Assert.Equal(["/api/v2/management/surveys?limit=2"], await QueriesAsync("?status=401"));
        Assert.Equal(["/api/v2/management/surveys?limit=3", "/api/v1/management/me"], await QueriesAsync("?since=2026-06-01T12:30:00Z"));
        Assert.Equal(["/api/v1/management/me"], await QueriesAsync("?path=/api/v1/&method=get"));
        Assert.Equal(["/api/v1/management/me"], await QueriesAsync("?limit=1"));
        var all = await fake.AdminAsync(HttpMethod.Get, "__formbricks/journal");
        Assert.Equal(4, all["total"]!.GetValue<int>());
        Assert.Equal(4, fake.Server.Journal.Count);
        var first = all["entries"]![0]!;
        Assert.Equal("getSurveys", first["operationId"]!.GetValue<string>());
        Assert.Equal("1", first["queryParameters"]!["limit"]![0]!.GetValue<string>());
        Assert.Equal("2026-06-01T12:00:00.000Z", first["timestamp"]!.GetValue<string>());

        var (status, answer) = await fake.Admin.GetJsonAsync("__formbricks/journal?operationId=getSurvys");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Closest: 'getSurveys'", answer!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        await fake.AdminAsync(HttpMethod.Delete, "__formbricks/journal");
        Assert.Empty(fake.Server.Journal);
    }

    [Fact]
    public async Task Data_added_through_the_admin_API_is_served_and_the_reset_takes_it_away()
    {
        await using var fake = await AdminServer.StartAsync();
        var survey = (await fake.AdminAsync(HttpMethod.Post, "__formbricks/data/surveys", """{"type": "link", "status": "inProgress", "name": "Admin survey"}"""))["id"]!.GetValue<string>();
        var contact = (await fake.AdminAsync(HttpMethod.Post, "__formbricks/data/contacts", """{"attributes": {"email": "admin@example.com"}}"""))["id"]!.GetValue<string>();
        var more = (await fake.AdminAsync(HttpMethod.Post, "__formbricks/data/contacts", """{"count": 2, "userIdPrefix": "adm"}"""))["ids"]!.AsArray();
        var segment = await fake.AdminAsync(HttpMethod.Post, "__formbricks/data/segments", $$"""{"contactIds": ["{{contact}}", "{{more[0]}}", "{{more[1]}}"], "title": "Admin"}""");
        await fake.AdminAsync(HttpMethod.Post, "__formbricks/data/responses", $$"""{"surveyId": "{{survey}}", "contactId": "{{contact}}"}""");

        var links = $"v2/management/surveys/{survey}/contact-links/segments/{segment["id"]}";
        var (status, page) = await fake.Api.GetJsonAsync(links);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, segment["size"]!.GetValue<int>());
        Assert.Equal(3, page!["data"]!.AsArray().Count);
        Assert.Contains(fake.Server.Data.Responses, r => r.SurveyId == survey && r.ContactId == contact);
        Assert.Equal("Admin survey", (await fake.Api.GetJsonAsync($"v2/management/surveys/{survey}")).Body!["data"]!["name"]!.GetValue<string>());

        await fake.AdminAsync(HttpMethod.Post, "__formbricks/reset");

        Assert.Equal(HttpStatusCode.NotFound, (await fake.Api.GetJsonAsync($"v2/management/surveys/{survey}")).Status);
        Assert.Single(fake.Server.Journal);
    }

    [Theory]
    [InlineData("data/surveys", """{"type": "poll"}""", "'type' must be one of link, app, not 'poll'")]
    [InlineData("data/contacts", """{"environmentId": "nope"}""", "no environment 'nope'")]
    [InlineData("data/responses", """{"surveyId": "nope"}""", "no survey 'nope'")]
    [InlineData("data/segments", """{"contactIds": "x"}""", "'contactIds' must be a list of ids")]
    public async Task Bad_data_is_a_400_that_names_the_field(string path, string body, string message)
    {
        await using var fake = await AdminServer.StartAsync();

        var (status, answer) = await fake.Admin.SendJsonAsync(HttpMethod.Post, "__formbricks/" + path, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, answer!["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_lists_every_route_and_each_one_answers_without_an_API_key()
    {
        await using var fake = await AdminServer.StartAsync();
        var endpoints = (await fake.AdminAsync(HttpMethod.Get, "__formbricks/"))["endpoints"]!.AsArray();

        Assert.True(endpoints.Count >= 15, $"{endpoints.Count} endpoints listed");
        foreach (var endpoint in endpoints.Where(e => e!["method"]!.GetValue<string>() is "GET" or "DELETE"))
        {
            var method = new HttpMethod(endpoint!["method"]!.GetValue<string>());
            var path = endpoint["path"]!.GetValue<string>().TrimStart('/');
            await fake.AdminAsync(method, path);
        }

        var server = await fake.AdminAsync(HttpMethod.Get, "__formbricks/server");
        Assert.Equal(fake.Server.ApiKey, server["apiKey"]!.GetValue<string>());
        Assert.Equal(fake.Server.Seeded.SegmentsBySize[10], server["seeded"]!["segmentsBySize"]!["10"]!.GetValue<string>());
        Assert.Empty(fake.Server.Journal);
        Assert.Empty((await fake.AdminAsync(HttpMethod.Get, "__admin/requests")).AsArray());

        var (status, answer) = await fake.Admin.GetJsonAsync("__formbricks/nowhere");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("no admin route GET /__formbricks/nowhere: GET /__formbricks/ lists them", answer!["error"]!.GetValue<string>());
    }
}
