using System.Net;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>Every error path of the two contact-link routes, in the order of behaviour §1.2 and §1.3.</summary>
public sealed class ContactLinkErrorTests : IAsyncLifetime
{
    private const string Unauthorized = """{"error":{"code":401,"message":"Unauthorized"}}""";
    private const string Forbidden = """{"error":{"code":403,"message":"Forbidden"}}""";
    private const string Missing = "zzzzzzzzzzzzzzzzzzzzzzzzz";
    private FakeFormbricksServer _server = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { ApiKeys = [new FakeApiKey("fbk_read_only", FakeAccessLevel.Read)] });
        _server.Data.AddApiKey(new FakeApiKey("fbk_other_workspace", FakeAccessLevel.Manage, _server.Seeded.OtherEnvironmentId));
        _client = _server.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private string ContactRoute(string? surveyId = null, string? contactId = null, string query = "") =>
        $"v2/management/surveys/{surveyId ?? _server.Seeded.LinkSurveyId}/contact-links/contacts/{contactId ?? _server.Seeded.ContactId}{query}";

    private string SegmentRoute(string? surveyId = null, string? segmentId = null, string query = "") =>
        $"v2/management/surveys/{surveyId ?? _server.Seeded.LinkSurveyId}/contact-links/segments/{segmentId ?? _server.Seeded.SegmentsBySize[10]}{query}";

    private async Task Expect(HttpClient client, string path, HttpStatusCode status, string body)
    {
        var (actualStatus, actualBody) = await client.GetJsonAsync(path);
        Assert.Equal(status, actualStatus);
        Assert.Equal(body, actualBody.Json());
    }

    private static string Zod(params (string Field, string Issue)[] details) =>
        "{\"error\":{\"code\":422,\"message\":\"Unprocessable Entity\",\"details\":["
        + string.Join(",", details.Select(d => $"{{\"field\":\"{d.Field}\",\"issue\":\"{d.Issue}\"}}")) + "]}}";

    [Fact]
    public async Task Contact_route_missing_or_unknown_key_is_401()
    {
        using var anonymous = _server.CreateClient(apiKey: null);
        using var unknown = _server.CreateClient("fbk_unknown");
        await Expect(anonymous, ContactRoute(), HttpStatusCode.Unauthorized, Unauthorized);
        await Expect(unknown, ContactRoute(query: "?expirationDays=abc"), HttpStatusCode.Unauthorized, Unauthorized);
    }

    [Theory]
    [InlineData("1.5", "Invalid input: expected int, received number")]
    [InlineData("0", "Too small: expected number to be >=1")]
    [InlineData("", "Too small: expected number to be >=1")]
    [InlineData("366", "Too big: expected number to be <=365")]
    [InlineData("abc", "Invalid input: expected number, received NaN")]
    public async Task Contact_route_bad_expirationDays_is_422(string value, string issue) =>
        await Expect(_client, ContactRoute(query: $"?expirationDays={value}"), (HttpStatusCode)422, Zod(("expirationDays", issue)));

    [Fact]
    public async Task Contact_route_params_are_checked_after_the_query()
    {
        await Expect(_client, ContactRoute("Not-A-Cuid"), (HttpStatusCode)422, Zod(("surveyId", "Invalid cuid2")));
        await Expect(_client, ContactRoute(contactId: "UPPER"), (HttpStatusCode)422, Zod(("contactId", "Invalid cuid2")));
        await Expect(_client, ContactRoute("Not-A-Cuid", query: "?expirationDays=0"), (HttpStatusCode)422, Zod(("expirationDays", "Too small: expected number to be >=1")));
    }

    [Fact]
    public async Task Contact_route_resource_checks_in_order()
    {
        var seeded = _server.Seeded;
        using var other = _server.CreateClient("fbk_other_workspace");
        await Expect(_client, ContactRoute(Missing), HttpStatusCode.NotFound,
            """{"error":{"code":404,"message":"Not Found","details":[{"field":"survey","issue":"not found"}]}}""");
        await Expect(other, ContactRoute(), HttpStatusCode.Unauthorized, Unauthorized);
        await Expect(_client, ContactRoute(seeded.AppSurveyId), HttpStatusCode.BadRequest,
            """{"error":{"code":400,"message":"Bad Request","details":[{"field":"surveyId","issue":"Not a link survey"}]}}""");
        await Expect(_client, ContactRoute(contactId: Missing), HttpStatusCode.NotFound,
            """{"error":{"code":404,"message":"Not Found","details":[{"field":"contact","issue":"not found"}]}}""");
        await Expect(_client, ContactRoute(contactId: seeded.OtherEnvironmentContactId), HttpStatusCode.NotFound,
            """{"error":{"code":404,"message":"Not Found","details":[{"field":"contact","issue":"not found"}]}}""");
        await Expect(_client, ContactRoute(contactId: seeded.RespondedContactId), HttpStatusCode.BadRequest,
            """{"error":{"code":400,"message":"Bad Request","details":[{"field":"contactId","issue":"Already responded"}]}}""");
        var (status, _) = await _client.GetJsonAsync(ContactRoute(seeded.DraftSurveyId));
        Assert.Equal(HttpStatusCode.OK, status);
        using var readOnly = _server.CreateClient("fbk_read_only");
        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetJsonAsync(ContactRoute())).Status);
    }

    [Fact]
    public async Task Trailing_slash_form_is_redirected_with_308()
    {
        using var noRedirects = _server.CreateClient(_server.ApiKey, followRedirects: false);
        using var response = await noRedirects.GetAsync(ContactRoute() + "/?expirationDays=3", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/api/" + ContactRoute() + "?expirationDays=3", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Segment_route_422s()
    {
        await Expect(_client, SegmentRoute(query: "?limit=0&skip=-1"), (HttpStatusCode)422,
            Zod(("limit", "Too small: expected number to be >=1"), ("skip", "Too small: expected number to be >=0")));
        await Expect(_client, SegmentRoute(query: "?limit=251"), (HttpStatusCode)422, Zod(("limit", "Too big: expected number to be <=250")));
        await Expect(_client, SegmentRoute(query: "?limit=x"), (HttpStatusCode)422, Zod(("limit", "Invalid input: expected number, received NaN")));
        await Expect(_client, SegmentRoute(query: "?expirationDays=400"), (HttpStatusCode)422, Zod(("expirationDays", "Too big: expected number to be <=365")));
        var keys = string.Join(",", Enumerable.Range(0, 21).Select(i => $"k{i}"));
        await Expect(_client, SegmentRoute(query: $"?attributeKeys={keys}"), (HttpStatusCode)422, Zod(("attributeKeys", "You can have max 20 keys.")));
        await Expect(_client, SegmentRoute(segmentId: "Bad_Id"), (HttpStatusCode)422, Zod(("segmentId", "Invalid cuid2")));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetJsonAsync(SegmentRoute(query: "?limit=2.5&expirationDays=1.5"))).Status);
    }

    [Fact]
    public async Task Segment_route_resource_checks_in_order()
    {
        var seeded = _server.Seeded;
        using var other = _server.CreateClient("fbk_other_workspace");
        await Expect(_client, SegmentRoute(Missing), HttpStatusCode.InternalServerError,
            """{"error":{"code":500,"message":"Internal Server Error","details":[{"field":"error","issue":"An error occurred while processing your request. Please try again later."}]}}""");
        await Expect(other, SegmentRoute(), HttpStatusCode.Unauthorized, Unauthorized);
        await Expect(_client, SegmentRoute(seeded.DraftSurveyId), HttpStatusCode.Forbidden, Forbidden);
        await Expect(_client, SegmentRoute(seeded.PausedSurveyId), HttpStatusCode.Forbidden, Forbidden);
        await Expect(_client, SegmentRoute(seeded.AppSurveyId), HttpStatusCode.Forbidden, Forbidden);
        await Expect(_client, SegmentRoute(segmentId: Missing), HttpStatusCode.NotFound,
            """{"error":{"code":404,"message":"Not Found","details":[{"field":"segment","issue":"not found"}]}}""");
        await Expect(_client, SegmentRoute(segmentId: seeded.OtherEnvironmentSegmentId), HttpStatusCode.BadRequest,
            """{"error":{"code":400,"message":"Bad Request","details":[{"field":"segmentId","issue":"Environment mismatch"}]}}""");
        await Expect(_client, SegmentRoute(segmentId: seeded.InvalidFiltersSegmentId), HttpStatusCode.BadRequest,
            """{"error":{"code":400,"message":"Bad Request","details":[{"field":"segment","issue":"Invalid segment filters"}]}}""");
    }

    [Fact]
    public async Task Without_the_contacts_license_both_routes_are_403_segment_before_permission()
    {
        await using var unlicensed = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { ContactsLicensed = false, SegmentSizes = [10] }, TestContext.Current.CancellationToken);
        unlicensed.Data.AddApiKey(new FakeApiKey("fbk_other_workspace", FakeAccessLevel.Manage, unlicensed.Seeded.OtherEnvironmentId));
        using var client = unlicensed.CreateClient();
        using var other = unlicensed.CreateClient("fbk_other_workspace");
        var seeded = unlicensed.Seeded;
        var segment = $"v2/management/surveys/{seeded.LinkSurveyId}/contact-links/segments/{seeded.SegmentsBySize[10]}";
        var contact = $"v2/management/surveys/{seeded.LinkSurveyId}/contact-links/contacts/{seeded.ContactId}";
        await Expect(client, segment, HttpStatusCode.Forbidden, Forbidden);
        await Expect(other, segment, HttpStatusCode.Forbidden, Forbidden);
        await Expect(client, contact, HttpStatusCode.Forbidden, Forbidden);
        await Expect(other, contact, HttpStatusCode.Unauthorized, Unauthorized);
    }

    [Fact]
    public async Task Rate_limit_answers_429_after_validation()
    {
        _server.Faults.RateLimit.Enable();
        try
        {
            for (var i = 0; i < 100; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await _client.GetJsonAsync(ContactRoute())).Status);
            }

            await Expect(_client, ContactRoute(), HttpStatusCode.TooManyRequests, """{"error":{"code":429,"message":"Too Many Requests"}}""");
            await Expect(_client, SegmentRoute(), HttpStatusCode.TooManyRequests, """{"error":{"code":429,"message":"Too Many Requests"}}""");
            await Expect(_client, ContactRoute(query: "?expirationDays=0"), (HttpStatusCode)422, Zod(("expirationDays", "Too small: expected number to be >=1")));
            _server.Clock.Advance(TimeSpan.FromSeconds(60));
            Assert.Equal(HttpStatusCode.OK, (await _client.GetJsonAsync(ContactRoute())).Status);
        }
        finally
        {
            _server.Faults.RateLimit.Disable();
        }
    }
}
