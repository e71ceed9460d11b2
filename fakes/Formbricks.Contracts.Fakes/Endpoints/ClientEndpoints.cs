using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary>
/// The public client API (no API key): displays and responses, v1 (<c>userId</c>) and v2 (<c>contactId</c>),
/// behaviour §5.2, §5.3, §3 and §2 step 6. Both use the v1 error envelope.
/// </summary>
internal static class ClientEndpoints
{
    public static IEnumerable<Operation> Operations()
    {
        yield return new(FakeOperations.CreateDisplay, "POST", "/api/v1/client/{environmentId}/displays", ApiFamily.V1Client, Operation.Sync(c => Display(c, v2: false)));
        yield return new(FakeOperations.CreateDisplayV2, "POST", "/api/v2/client/{environmentId}/displays", ApiFamily.V2Client, Operation.Sync(c => Display(c, v2: true)));
        yield return new(FakeOperations.CreateClientResponse, "POST", "/api/v1/client/{environmentId}/responses", ApiFamily.V1Client, Operation.Sync(c => ClientResponses.Create(c, v2: false)));
        yield return new(FakeOperations.CreateClientResponseV2, "POST", "/api/v2/client/{environmentId}/responses", ApiFamily.V2Client, Operation.Sync(c => ClientResponses.Create(c, v2: true)));
    }

    /// <summary>Workspace (404) → schema (400) → identification license (403) → survey in workspace (404) → in progress (403) → 200.</summary>
    private static FakeResult Display(RequestContext context, bool v2)
    {
        var environmentId = context["environmentId"];
        if (context.Data.Find<FakeEnvironment>(environmentId) is null)
        {
            return Errors.V1NotFound("Workspace", environmentId);
        }

        var zod = new Zod();
        if (zod.Root(context.Body) is not { } body)
        {
            return Errors.V1Validation(zod.Issues);
        }

        var surveyId = Cuid(zod, body, "surveyId", required: true);
        var identity = v2 ? Cuid(zod, body, "contactId", required: false) : zod.String(body, "userId", required: false);
        if (!v2 && identity is { Length: > 255 })
        {
            zod.Issues.Add(("userId", "Too big: expected string to have <=255 characters"));
        }

        Cuid(zod, body, "responseId", required: false);
        if (!zod.Ok)
        {
            return Errors.V1Validation(zod.Issues);
        }

        if (identity is not null && !context.Options.ContactsLicensed)
        {
            return Errors.V1Forbidden("User identification is only available for enterprise users.");
        }

        var survey = context.Data.Find<FakeSurvey>(surveyId!);
        if (survey is null || survey.EnvironmentId != environmentId)
        {
            return Errors.V1NotFound("Survey", surveyId);
        }

        if (survey.Status != FakeSurveyStatus.InProgress)
        {
            return Errors.V1Forbidden("Survey is not accepting submissions", new JsonObject { ["surveyId"] = survey.Id });
        }

        var contactId = identity is null ? null
            : v2 ? context.Data.Find<FakeContact>(identity) is { } c && c.EnvironmentId == environmentId ? c.Id : null
            : ClientResponses.ContactByUserId(context, environmentId, identity).Id;
        var display = context.Data.AddDisplay(new FakeDisplay { Id = context.Data.NewId(), SurveyId = survey.Id, ContactId = contactId });
        return FakeResult.Data(new JsonObject { ["id"] = display.Id, ["contactId"] = contactId, ["surveyId"] = survey.Id });
    }

    /// <summary>A <c>z.cuid2()</c> string property.</summary>
    internal static string? Cuid(Zod zod, JsonObject body, string field, bool required)
    {
        var value = zod.String(body, field, required);
        if (value is not null && !Zod.IsCuid2(value))
        {
            zod.Issues.Add((field, "Invalid cuid2"));
            return null;
        }

        return value;
    }
}
