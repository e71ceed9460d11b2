using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary><c>/api/v2/management/responses</c> and <c>/api/v2/management/responses/{id}</c>.</summary>
internal static class ResponseEndpoints
{
    private const string Base = "/api/v2/management/responses";

    public static IEnumerable<Operation> Operations()
    {
        yield return new(FakeOperations.GetResponses, "GET", Base, ApiFamily.V2Management, Operation.Sync(List), ValidateList);
        yield return new(FakeOperations.CreateResponse, "POST", Base, ApiFamily.V2Management, Operation.Sync(Create), c => V2Management.Validate(c, body: ValidateCreate));
        yield return new(FakeOperations.GetResponse, "GET", Base + "/{id}", ApiFamily.V2Management, Operation.Sync(Get), c => V2Management.Validate(c, cuidParams: "id"));
        yield return new(FakeOperations.UpdateResponse, "PUT", Base + "/{id}", ApiFamily.V2Management, Operation.Sync(Update), c => V2Management.Validate(c, body: ValidateUpdate, cuidParams: "id"));
        yield return new(FakeOperations.DeleteResponse, "DELETE", Base + "/{id}", ApiFamily.V2Management, Operation.Sync(Delete), c => V2Management.Validate(c, cuidParams: "id"));
    }

    private static FakeResult? ValidateList(RequestContext context) => V2Management.Validate(context, query: zod =>
    {
        V2Management.ListQuery(context, zod);
        if (context.Query("surveyId") is { } surveyId && !Zod.IsCuid2(surveyId))
        {
            zod.Issues.Add(("surveyId", "Invalid cuid2"));
        }
    });

    /// <summary>
    /// <c>ZResponseInput</c> of the v2 route (<c>…/management/responses/types/responses.ts</c>): <c>surveyId</c> a cuid2
    /// (422 "Invalid cuid2" before any lookup), <c>finished</c> and <c>data</c> required, <c>userId</c> a string or absent.
    /// </summary>
    private static void ValidateCreate(JsonObject body, Zod zod)
    {
        zod.Cuid2String(body, "surveyId", required: true);
        zod.Boolean(body, "finished", required: true);
        zod.Record(body, "data", required: true);
        zod.Record(body, "variables", required: false);
        zod.Record(body, "ttc", required: false);
        zod.String(body, "language", required: false);
        zod.String(body, "contactId", required: false);
        zod.String(body, "userId", required: false);
        zod.String(body, "endingId", required: false);
        zod.Record(body, "meta", required: false);
        zod.String(body, "singleUseId", required: false);
        zod.String(body, "displayId", required: false);
    }

    /// <summary>
    /// <c>ZResponse.omit({ id, surveyId })</c>: every other field of a response required (the nullable ones may be
    /// <c>null</c>); <c>id</c>, <c>surveyId</c> and unknown keys such as <c>userId</c> are stripped, not applied.
    /// </summary>
    private static void ValidateUpdate(JsonObject body, Zod zod)
    {
        zod.CoerceDate(body, "createdAt");
        zod.CoerceDate(body, "updatedAt");
        zod.Boolean(body, "finished", required: true);
        zod.String(body, "contactId", required: true, nullable: true);
        zod.String(body, "endingId", required: true, nullable: true);
        zod.Record(body, "data", required: true);
        zod.Record(body, "variables", required: true);
        zod.Record(body, "ttc", required: true);
        zod.Object(body, "meta");
        zod.String(body, "singleUseId", required: true, nullable: true);
        zod.String(body, "language", required: true, nullable: true);
        zod.String(body, "displayId", required: true, nullable: true);
    }

    /// <summary>Responses of the key's environments, newest first; like the real route, without <c>meta</c>.</summary>
    private static FakeResult List(RequestContext context)
    {
        var environments = context.Key!.EnvironmentIds.ToHashSet(StringComparer.Ordinal);
        var surveys = context.Data.Surveys.Where(s => environments.Contains(s.EnvironmentId)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var surveyId = context.Query("surveyId");
        var responses = context.Data.Responses.Where(r => surveys.Contains(r.SurveyId) && (surveyId is null || r.SurveyId == surveyId));
        return V2Management.Page(context, responses, EntityJson.WriteResponse, withMeta: false);
    }

    private static FakeResult Create(RequestContext context)
    {
        var body = context.BodyObject;
        var survey = context.Data.Find<FakeSurvey>(body["surveyId"]!.GetValue<string>());
        if (survey is null)
        {
            return V2Management.NotFound("survey");
        }

        if (!V2Management.Allowed(context, survey.EnvironmentId))
        {
            return Errors.V2(401);
        }

        var response = new FakeResponse { Id = context.Data.NewId(), SurveyId = survey.Id, SingleUseId = body["singleUseId"]?.GetValue<string>() };
        Apply(context, response, body);
        return context.Data.TryAddResponse(response)
            ? FakeResult.Data(response, EntityJson.WriteResponse, status: 201)
            : SingleUseConflict();
    }

    private static FakeResult Get(RequestContext context) => WithResponse(context, r => FakeResult.Data(r, EntityJson.WriteResponse));

    private static FakeResult Update(RequestContext context) => WithResponse(context, response =>
    {
        var body = context.BodyObject;
        lock (context.Data.Gate)
        {
            if (body.ContainsKey("singleUseId") && !context.Data.TryChangeSingleUseId(response, body["singleUseId"]?.GetValue<string>()))
            {
                return SingleUseConflict();
            }

            Apply(context, response, body);
            response.EndingId = body["endingId"]?.GetValue<string>();
            response.Language = body["language"]?.GetValue<string>();
            if (body["contactId"] is null)
            {
                response.ContactId = null;
            }

            response.UpdatedAt = context.Now;
        }

        return FakeResult.Data(response, EntityJson.WriteResponse);
    });

    private static FakeResult Delete(RequestContext context) => WithResponse(context, response =>
    {
        context.Data.Remove(response);
        return FakeResult.Data(response, EntityJson.WriteResponse);
    });

    /// <summary>Unknown response → 404, no permission on its survey's environment → 401.</summary>
    private static FakeResult WithResponse(RequestContext context, Func<FakeResponse, FakeResult> then)
    {
        var response = context.Data.Find<FakeResponse>(context["id"]);
        var survey = response is null ? null : context.Data.Find<FakeSurvey>(response.SurveyId);
        if (response is null || survey is null)
        {
            return V2Management.NotFound("response");
        }

        return V2Management.Allowed(context, survey.EnvironmentId) ? then(response) : Errors.V2(401);
    }

    /// <summary>The DB's unique (surveyId, singleUseId) hit, in the v2 error shape (409 "Conflict").</summary>
    private static FakeResult SingleUseConflict() =>
        Errors.V2(409, ("singleUseId", "Response already submitted for this single-use link"));

    /// <summary>Copies the body's fields but <c>singleUseId</c>, which is claimed under the unique rule.</summary>
    private static void Apply(RequestContext context, FakeResponse response, JsonObject body)
    {
        response.DataJson = (JsonObject)body["data"]!.DeepClone();
        if (body["finished"] is JsonValue finished)
        {
            response.Finished = finished.GetValue<bool>();
        }

        if (body["variables"] is JsonObject variables)
        {
            response.VariablesJson = (JsonObject)variables.DeepClone();
        }

        if (body["ttc"] is JsonObject ttc)
        {
            response.TtcJson = (JsonObject)ttc.DeepClone();
        }

        if (body["meta"] is JsonObject meta)
        {
            response.MetaJson = (JsonObject)meta.DeepClone();
        }

        if (body["language"] is JsonValue language)
        {
            response.Language = language.GetValue<string>();
        }

        if (body["endingId"] is JsonValue ending)
        {
            response.EndingId = ending.GetValue<string>();
        }

        if (body.ContainsKey("displayId"))
        {
            response.DisplayId = body["displayId"]?.GetValue<string>();
        }

        if (body["contactId"] is JsonValue contactId && context.Data.Find<FakeContact>(contactId.GetValue<string>()) is { } contact)
        {
            response.ContactId = contact.Id;
        }
    }
}
