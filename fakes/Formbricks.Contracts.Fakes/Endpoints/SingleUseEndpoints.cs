using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary><c>GET /api/v1/management/surveys/{id}/singleUseIds?limit=N</c> (behaviour §3).</summary>
internal static class SingleUseEndpoints
{
    private const int DefaultLimit = 10;
    private const int MaxLimit = 5000;

    public static IEnumerable<Operation> Operations()
    {
        yield return new(FakeOperations.GetSingleUseIds, "GET", "/api/v1/management/surveys/{id}/singleUseIds", ApiFamily.V1Management, Operation.Sync(Generate));
    }

    /// <summary>Survey (404) → write permission, checked as for POST (401 unauthorized) → link type → single-use on → limit.</summary>
    private static FakeResult Generate(RequestContext context)
    {
        var id = context["id"];
        var survey = context.Data.Find<FakeSurvey>(id);
        if (survey is null)
        {
            return Errors.V1NotFound("Survey", id);
        }

        if (!context.Key!.Has(survey.EnvironmentId, FakeAccessLevel.Write))
        {
            return Errors.V1Unauthorized();
        }

        if (survey.Type != FakeSurveyType.Link)
        {
            return Errors.V1BadRequest("Single use links are only available for link surveys");
        }

        if (survey.SingleUse is not { Enabled: true })
        {
            return Errors.V1BadRequest("Single use links are not enabled for this survey");
        }

        // `searchParams.get("limit") ? Number(…) : 10`, then `for (let i = 0; i < count; i++)`
        // (apps/web/lib/utils/single-use-surveys.ts): NaN passes both range checks and gives no ids, 1.5 gives 2.
        var raw = context.Query("limit");
        var limit = string.IsNullOrEmpty(raw) ? DefaultLimit : JsNumber.Parse(raw);
        if (limit < 1)
        {
            return Errors.V1BadRequest("Limit cannot be less than 1");
        }

        if (limit > MaxLimit)
        {
            return Errors.V1BadRequest("Limit cannot be more than 5000");
        }

        var links = new JsonArray();
        for (var i = 0; i < limit; i++)
        {
            links.Add(context.Links.SurveyLink(survey));
        }

        return FakeResult.Data(links);
    }
}
