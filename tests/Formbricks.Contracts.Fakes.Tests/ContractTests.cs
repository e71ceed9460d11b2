using System.Net;
using System.Text.Json.Nodes;
using Formbricks.Contracts.OpenApi;
using Formbricks.Contracts.Conformance;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// Every answer of a scenario suite (successes and the error paths) checked against <c>spec/formbricks.openapi.yml</c>
/// with <see cref="ContractChecker"/>; the suite must touch every operation of the spec.
/// </summary>
public sealed class ContractTests
{
    private static readonly Lazy<OpenApiDocument> Spec = new(() =>
    {
        var path = RepositoryFiles.CanonicalSpec;
        var result = SpecReader.Read(path, File.ReadAllText(path));
        return result.Document ?? throw new InvalidOperationException("The spec could not be read: " + string.Join("; ", result.Diagnostics));
    });

    [Fact]
    public async Task Every_answer_of_the_scenario_suite_fits_the_spec()
    {
        var document = Spec.Value;
        await using var server = await FakeFormbricksServer.StartAsync(
            new FakeFormbricksOptions { SegmentSizes = [0, 30], ContactCount = 60, ApiKeys = [new FakeApiKey("fbk_reader", FakeAccessLevel.Read)] },
            TestContext.Current.CancellationToken);
        await RunScenarioAsync(server);

        var specOperations = document.Paths.Values.SelectMany(p => p.Operations!.Values).Select(o => o.OperationId!).ToHashSet();
        var checkedEntries = server.Journal.Where(e => e.OperationId is { } id && specOperations.Contains(id) && e.Path != "/api/v1/management/me").ToList();
        new ContractChecker(document).AssertConforms(checkedEntries.Select(ToExchange));
        Assert.Empty(specOperations.Except(checkedEntries.Select(e => e.OperationId!)));
        Assert.True(checkedEntries.Count > 60);
    }

    [Fact]
    public void Validator_reports_what_does_not_fit()
    {
        var document = Spec.Value;
        Assert.Empty(ResponseValidator.Validate(document, "GET", "/v1/me", 200, "application/json", """{"id":"a","type":"production"}"""));
        Assert.Contains(
            ResponseValidator.Validate(document, "GET", "/api/v2/management/surveys/abc", 418, "application/json", "{}"),
            e => e.Message.Contains("Status 418 is not declared", StringComparison.Ordinal));
        Assert.Contains(
            ResponseValidator.Validate(document, "GET", "/v1/me", 200, "text/html", "<p>"),
            e => e.Message.Contains("Content type 'text/html' is not declared", StringComparison.Ordinal));
        Assert.Contains(ResponseValidator.Validate(document, "PATCH", "/v1/me", 200, "application/json", "{}"), e => e.Message.Contains("not declared", StringComparison.Ordinal));

        var survey = """{"data":{"id":5,"createdAt":"yesterday","type":"poll","status":"draft"}}""";
        var errors = ResponseValidator.Validate(document, "GET", "/v2/management/surveys/{id}", 200, "application/json; charset=utf-8", survey).Select(e => e.ToString()).ToList();
        Assert.Contains("/data/id: expected string, got integer", errors);
        Assert.Contains(errors, e => e.StartsWith("/data/createdAt: 'yesterday' is not a valid date-time", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/data/type: \"poll\" is not one of", StringComparison.Ordinal));

        var links = """{"data":[{"contactId":"c","surveyUrl":"not a uri","expiresAt":null,"attributes":{"email":1}}],"meta":{"total":-1,"limit":50}}""";
        var linkErrors = ResponseValidator.Validate(document, "GET", "/api/v2/management/surveys/s/contact-links/segments/g?limit=1", 200, "application/json", links)
            .Select(e => e.ToString()).ToList();
        Assert.Contains(linkErrors, e => e.StartsWith("/data/0/surveyUrl: 'not a uri' is not a valid uri", StringComparison.Ordinal));
        Assert.Contains("/data/0/attributes/email: expected string, got integer", linkErrors);
        Assert.Contains("/meta: required property 'offset' is missing", linkErrors);
        Assert.Contains("/meta/total: -1 is less than the minimum 0", linkErrors);
        Assert.DoesNotContain(linkErrors, e => e.StartsWith("/data/0/expiresAt", StringComparison.Ordinal));

        var bulk = """{"contacts":[{"attributes":{"plan":"pro"}}]}""";
        Assert.NotEmpty(ValidateBulkRequestShape(document, bulk));
        Assert.Empty(ValidateBulkRequestShape(document, """{"contacts":[{"attributes":{"email":"a@b.c"}}]}"""));
    }

    /// <summary>The fake's journal entry as the conformance library's exchange.</summary>
    private static HttpExchange ToExchange(JournalEntry entry) =>
        new(entry.Method, entry.Path + entry.Query, entry.Status, entry.ResponseContentType, entry.ResponseBody) { RequestHeaders = entry.Headers };

    /// <summary>Runs the anyOf of the bulk request schema through the schema validator via a synthetic 200 check.</summary>
    private static IReadOnlyList<ResponseValidationError> ValidateBulkRequestShape(OpenApiDocument document, string body)
    {
        var schema = document.Paths["/v2/management/contacts/bulk"].Operations![HttpMethod.Put].RequestBody!.Content!["application/json"].Schema!;
        var fake = new OpenApiDocument
        {
            Paths = new OpenApiPaths
            {
                ["/probe"] = new OpenApiPathItem
                {
                    Operations = new()
                    {
                        [HttpMethod.Get] = new OpenApiOperation
                        {
                            Responses = new OpenApiResponses { ["200"] = new OpenApiResponse { Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = schema } } } },
                        },
                    },
                },
            },
        };
        return ResponseValidator.Validate(fake, "GET", "/probe", 200, "application/json", body);
    }

    /// <summary>Touches every operation, on success and on its documented error paths.</summary>
    private static async Task RunScenarioAsync(FakeFormbricksServer server)
    {
        var seeded = server.Seeded;
        var env = seeded.EnvironmentId;
        const string Missing = "zzzzzzzzzzzzzzzzzzzzzzzzz";
        using var api = server.CreateClient();
        using var reader = server.CreateClient("fbk_reader");
        using var anonymous = server.CreateClient(apiKey: null);
        async Task Get(HttpClient client, string path) => await client.GetJsonAsync(path);
        async Task<JsonNode?> Send(HttpClient client, HttpMethod method, string path, string? body) => (await client.SendJsonAsync(method, path, body)).Body;

        await Get(api, "v1/me");
        await Get(anonymous, "v1/me");

        await Get(api, "v2/management/surveys?limit=3&skip=1");
        await Get(api, "v2/management/surveys?limit=0");
        await Get(anonymous, "v2/management/surveys");
        var surveyInput = $$"""{"name":"Scenario","type":"link","environmentId":"{{env}}","status":"inProgress"}""";
        var created = await Send(api, HttpMethod.Post, "v2/management/surveys", surveyInput);
        var surveyId = (string)created!["data"]!["id"]!;
        await Send(api, HttpMethod.Post, "v2/management/surveys", "{bad");
        await Send(api, HttpMethod.Post, "v2/management/surveys", """{"name":1}""");
        await Send(api, HttpMethod.Post, "v2/management/surveys", "\"" + new string('x', 2_200_000) + "\"");
        await Get(api, $"v2/management/surveys/{surveyId}");
        await Get(api, $"v2/management/surveys/{Missing}");
        await Send(api, HttpMethod.Put, $"v2/management/surveys/{surveyId}", surveyInput);
        await Send(api, HttpMethod.Put, $"v2/management/surveys/{Missing}", surveyInput);
        await Send(reader, HttpMethod.Put, $"v2/management/surveys/{surveyId}", surveyInput);

        var segment = $"v2/management/surveys/{seeded.LinkSurveyId}/contact-links/segments/{seeded.SegmentsBySize[30]}";
        await Get(api, segment + "?limit=10&attributeKeys=email,firstName&expirationDays=2");
        await Get(api, segment);
        await Get(api, $"v2/management/surveys/{seeded.LinkSurveyId}/contact-links/segments/{seeded.SegmentsBySize[0]}");
        await Get(api, segment + "?limit=900");
        await Get(api, $"v2/management/surveys/{Missing}/contact-links/segments/{seeded.SegmentsBySize[30]}");
        await Get(api, $"v2/management/surveys/{seeded.DraftSurveyId}/contact-links/segments/{seeded.SegmentsBySize[30]}");
        await Get(api, $"v2/management/surveys/{seeded.LinkSurveyId}/contact-links/segments/{Missing}");
        await Get(api, $"v2/management/surveys/{seeded.LinkSurveyId}/contact-links/segments/{seeded.OtherEnvironmentSegmentId}");
        var contactLink = $"v2/management/surveys/{seeded.LinkSurveyId}/contact-links/contacts/";
        await Get(api, contactLink + seeded.ContactId + "?expirationDays=30");
        await Get(api, contactLink + seeded.ContactId);
        await Get(api, contactLink + seeded.RespondedContactId);
        await Get(api, contactLink + Missing);
        await Get(api, contactLink + seeded.ContactId + "?expirationDays=1.5");
        await Get(api, $"v2/management/surveys/{seeded.AppSurveyId}/contact-links/contacts/{seeded.ContactId}");
        await Get(anonymous, contactLink + seeded.ContactId);

        await Get(api, $"v1/management/surveys/{seeded.SingleUseSurveyId}/singleUseIds?limit=3");
        await Get(api, $"v1/management/surveys/{seeded.SingleUseEncryptedSurveyId}/singleUseIds");
        await Get(api, $"v1/management/surveys/{seeded.LinkSurveyId}/singleUseIds");
        await Get(api, $"v1/management/surveys/{Missing}/singleUseIds");
        await Get(reader, $"v1/management/surveys/{seeded.SingleUseSurveyId}/singleUseIds");
        await Get(anonymous, $"v1/management/surveys/{seeded.SingleUseSurveyId}/singleUseIds");

        await Get(api, "v2/management/responses?limit=2");
        await Get(api, $"v2/management/responses?surveyId={seeded.LinkSurveyId}");
        await Get(api, "v2/management/responses?skip=-3");
        var responseInput = """{"surveyId":"SURVEY","finished":true,"data":{"q1":"a"},"ttc":{"q1":5},"meta":{"source":"api","userAgent":{"browser":"x"}}}""".Replace("SURVEY", surveyId, StringComparison.Ordinal);
        var response = await Send(api, HttpMethod.Post, "v2/management/responses", responseInput);
        var responseId = (string)response!["data"]!["id"]!;
        await Send(api, HttpMethod.Post, "v2/management/responses", """{"data":5}""");
        await Get(api, $"v2/management/responses/{responseId}");
        await Get(api, $"v2/management/responses/{Missing}");
        await Send(api, HttpMethod.Put, $"v2/management/responses/{responseId}", Http.UpdateBody(response["data"]!, _ => { }));
        await Send(api, HttpMethod.Put, $"v2/management/responses/{responseId}", responseInput);
        await Send(api, HttpMethod.Delete, $"v2/management/responses/{responseId}", null);
        await Send(api, HttpMethod.Delete, $"v2/management/responses/{responseId}", null);

        await Get(api, "v2/management/contacts?limit=5");
        await Get(api, "v2/management/contacts?limit=abc");
        await Get(api, $"v2/management/contacts/{seeded.ContactId}");
        await Get(api, $"v2/management/contacts/{Missing}");
        await Send(api, HttpMethod.Put, "v2/management/contacts/bulk", """{"contacts":[{"attributes":{"userId":"u-1","email":"u1@example.com"}}]}""");
        await Send(api, HttpMethod.Put, "v2/management/contacts/bulk", """{"contacts":"nope"}""");
        await Get(api, "v2/management/contact-attribute-keys");
        await Send(api, HttpMethod.Post, "v2/management/contact-attribute-keys", """{"key":"company","name":"Company","description":"Employer"}""");
        await Send(api, HttpMethod.Post, "v2/management/contact-attribute-keys", """{"name":"no key"}""");

        await Get(api, "v1/management/action-classes");
        var action = await Send(api, HttpMethod.Post, "v1/management/action-classes", $$"""{"name":"Clicked","type":"noCode","noCodeConfig":{"type":"click"},"environmentId":"{{env}}"}""");
        await Send(api, HttpMethod.Post, "v1/management/action-classes", """{"type":"code"}""");
        await Send(api, HttpMethod.Delete, $"v1/management/action-classes/{(string)action!["data"]!["id"]!}", null);
        await Send(api, HttpMethod.Delete, $"v1/management/action-classes/{Missing}", null);
        await Send(reader, HttpMethod.Delete, $"v1/management/action-classes/{seeded.ActionClassId}", null);

        await Get(api, "v1/webhooks");
        var webhook = await Send(api, HttpMethod.Post, "v1/webhooks", $$"""{"name":"Hook","url":"https://example.com/h","triggers":["responseCreated"],"surveyIds":["{{surveyId}}"],"workspaceId":"{{env}}"}""");
        await Send(api, HttpMethod.Post, "v1/webhooks", """{"url":"https://example.com/h","triggers":["responseCreated"],"workspaceId":"zzzzzzzzzzzzzzzzzzzzzzzzz"}""");
        await Send(api, HttpMethod.Post, "v1/webhooks", """{"url":"nope","triggers":[]}""");
        var webhookId = (string)webhook!["data"]!["id"]!;
        await Get(api, $"v1/webhooks/{webhookId}");
        await Get(api, $"v1/webhooks/{Missing}");
        await Send(reader, HttpMethod.Delete, $"v1/webhooks/{webhookId}", null);
        await Send(api, HttpMethod.Delete, $"v1/webhooks/{webhookId}", null);

        await Send(anonymous, HttpMethod.Post, $"v1/client/{env}/displays", $$"""{"surveyId":"{{seeded.LinkSurveyId}}","userId":"scenario-user"}""");
        await Send(anonymous, HttpMethod.Post, $"v1/client/{env}/displays", $$"""{"surveyId":"{{seeded.PausedSurveyId}}"}""");
        await Send(anonymous, HttpMethod.Post, $"v1/client/{Missing}/displays", $$"""{"surveyId":"{{seeded.LinkSurveyId}}"}""");
        await Send(anonymous, HttpMethod.Post, $"v1/client/{env}/displays", """{"surveyId":7}""");
        await Send(anonymous, HttpMethod.Post, $"v1/client/{env}/responses", $$"""{"surveyId":"{{seeded.LinkSurveyId}}","finished":false,"data":{},"userId":"scenario-user"}""");
        var link = server.Links.CreateSingleUseLink(seeded.SingleUseSurveyId);
        var suId = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query)["suId"].ToString();
        var singleUse = $$$"""{"surveyId":"{{{seeded.SingleUseSurveyId}}}","finished":true,"data":{},"singleUseId":"{{{suId}}}","meta":{"url":"{{{link}}}"}}""";
        await Send(anonymous, HttpMethod.Post, $"v1/client/{env}/responses", singleUse);
        await Send(anonymous, HttpMethod.Post, $"v1/client/{env}/responses", singleUse);
        await Send(anonymous, HttpMethod.Post, $"v1/client/{env}/responses", $$$"""{"surveyId":"{{{seeded.SingleUseSurveyId}}}","finished":true,"data":{}}""");
        await Send(anonymous, HttpMethod.Post, $"v1/client/{env}/responses", $$$"""{"surveyId":"{{{seeded.CompletedSurveyId}}}","finished":true,"data":{}}""");
        await Send(anonymous, HttpMethod.Post, $"v1/client/{env}/responses", "[");

        await Send(api, HttpMethod.Delete, $"v2/management/surveys/{surveyId}", null);
        await Send(api, HttpMethod.Delete, $"v2/management/surveys/{surveyId}", null);
        server.Faults.RateLimit.Enable();
        server.Faults.RateLimit.Limit = 0;
        await Get(api, "v2/management/surveys");
        await Get(api, "v1/webhooks");
        server.Faults.RateLimit.Disable();
        Assert.DoesNotContain(server.Journal, e => e.Status == 0);
        Assert.Contains(server.Journal, e => e.Status == (int)HttpStatusCode.Conflict);
    }
}
