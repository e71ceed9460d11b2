using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary>
/// <c>POST /api/v{1,2}/client/{environmentId}/responses</c> in the real order: workspace (404) → schema (400) →
/// identification license (403) → survey (404) → same workspace (400) → in progress (403) → single use (400) →
/// display (400) → create, where a used single-use id loses with 409 (atomically, under concurrency).
/// </summary>
internal static class ClientResponses
{
    public static FakeResult Create(RequestContext context, bool v2)
    {
        var environmentId = context["environmentId"];
        var data = context.Data;
        if (data.Find<FakeEnvironment>(environmentId) is null)
        {
            return Errors.V1NotFound("Workspace", environmentId);
        }

        var zod = new Zod();
        if (zod.Root(context.Body) is not { } body)
        {
            return Errors.V1Validation(zod.Issues);
        }

        var surveyId = ClientEndpoints.Cuid(zod, body, "surveyId", required: true);
        var finished = zod.Boolean(body, "finished");
        if (body["finished"] is null)
        {
            zod.Issues.Add(("finished", $"Invalid input: expected boolean, received {Zod.TypeName(null, body.ContainsKey("finished"))}"));
        }

        var answers = zod.Record(body, "data", required: true);
        var identity = v2 ? ClientEndpoints.Cuid(zod, body, "contactId", required: false) : zod.String(body, "userId", required: false);
        var displayId = zod.String(body, "displayId", required: false);
        var singleUseId = zod.String(body, "singleUseId", required: false);
        zod.String(body, "language", required: false);
        zod.String(body, "endingId", required: false);
        zod.Record(body, "variables", required: false);
        zod.Record(body, "ttc", required: false);
        var meta = body["meta"] is null ? null : zod.Record(body, "meta", required: false);
        if (!zod.Ok)
        {
            return Errors.V1Validation(zod.Issues);
        }

        if (identity is not null && !context.Options.ContactsLicensed)
        {
            return Errors.V1Forbidden("User identification is only available for enterprise users.");
        }

        var survey = data.Find<FakeSurvey>(surveyId!);
        if (survey is null)
        {
            return Errors.V1NotFound("Survey", surveyId);
        }

        if (survey.EnvironmentId != environmentId)
        {
            return Errors.V1BadRequest("Survey is part of another workspace", new JsonObject { ["surveyId"] = survey.Id, [WorkspaceField(v2)] = environmentId });
        }

        if (survey.Status != FakeSurveyStatus.InProgress)
        {
            return Errors.V1Forbidden("Survey is not accepting submissions", new JsonObject { ["surveyId"] = survey.Id });
        }

        if (survey.Type == FakeSurveyType.Link && survey.SingleUse is { Enabled: true }
            && CheckSingleUse(context, survey, singleUseId, meta, v2) is { } singleUseError)
        {
            return singleUseError;
        }

        if (displayId is not null && data.Responses.Any(r => r.DisplayId == displayId))
        {
            return Errors.V1BadRequest($"Display {displayId} is already linked to a response");
        }

        var contact = identity is null ? null
            : v2 ? data.Find<FakeContact>(identity) is { } c && c.EnvironmentId == environmentId ? c : null
            : ContactByUserId(context, environmentId, identity);
        var response = new FakeResponse
        {
            Id = data.NewId(),
            SurveyId = survey.Id,
            ContactId = contact?.Id,
            ContactAttributeMap = contact is null ? null : new Dictionary<string, string>(contact.AttributeMap, StringComparer.Ordinal),
            DisplayId = displayId,
            SingleUseId = singleUseId,
            Finished = finished ?? false,
            DataJson = (JsonObject)answers!.DeepClone(),
            VariablesJson = body["variables"] is JsonObject variables ? (JsonObject)variables.DeepClone() : [],
            TtcJson = body["ttc"] is JsonObject ttc ? (JsonObject)ttc.DeepClone() : [],
            MetaJson = meta is null ? [] : (JsonObject)meta.DeepClone(),
            Language = body["language"]?.GetValue<string>(),
            EndingId = body["endingId"]?.GetValue<string>(),
        };
        if (!data.TryAddResponse(response))
        {
            return Errors.SingleUseConflict();
        }

        return FakeResult.Data(new JsonObject { ["id"] = response.Id, ["quotaFull"] = false });
    }

    /// <summary>The v1 route finds the contact by its <c>userId</c> attribute and creates it when missing.</summary>
    public static FakeContact ContactByUserId(RequestContext context, string environmentId, string userId)
    {
        lock (context.Data.Gate)
        {
            return context.Data.Contacts.FirstOrDefault(c => c.EnvironmentId == environmentId && c.AttributeMap.TryGetValue("userId", out var u) && u == userId)
                ?? context.Data.AddContact(environmentId, new Dictionary<string, string> { ["userId"] = userId });
        }
    }

    /// <summary>§3: <c>singleUseId</c> present, <c>meta.url</c> present and parseable, its <c>suId</c>(+<c>suToken</c>) valid and naming the same id.</summary>
    private static FakeResult? CheckSingleUse(RequestContext context, FakeSurvey survey, string? singleUseId, JsonObject? meta, bool v2)
    {
        var details = new JsonObject { ["surveyId"] = survey.Id, [WorkspaceField(v2)] = survey.EnvironmentId };
        if (string.IsNullOrEmpty(singleUseId))
        {
            return Errors.V1BadRequest("Missing single use id", details);
        }

        if (meta?["url"] is not JsonValue urlValue || !urlValue.TryGetValue<string>(out var url) || url.Length == 0)
        {
            return Errors.V1BadRequest("Missing or invalid URL in response metadata", details);
        }

        // Like `new URL(url)`: the text must name its scheme. .NET on Unix reads "/s/x?suId=…" as file:///s/x.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || !url.StartsWith(parsed.Scheme + ":", StringComparison.OrdinalIgnoreCase))
        {
            return Errors.V1BadRequest("Invalid URL in response metadata", details);
        }

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(parsed.Query);
        var suId = query.TryGetValue("suId", out var s) ? s.ToString() : null;
        var suToken = query.TryGetValue("suToken", out var t) ? t.ToString() : null;
        var canonical = context.Links.ValidateSingleUse(survey, suId, suToken);
        return canonical is null || canonical != singleUseId ? Errors.V1BadRequest("Invalid single use id", details) : null;
    }

    private static string WorkspaceField(bool v2) => v2 ? "workspaceId" : "environmentId";
}
