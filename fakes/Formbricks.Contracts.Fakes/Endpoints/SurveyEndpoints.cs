using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary><c>/api/v2/management/surveys</c> and <c>/api/v2/management/surveys/{id}</c>.</summary>
internal static class SurveyEndpoints
{
    private const string Base = "/api/v2/management/surveys";

    public static IEnumerable<Operation> Operations()
    {
        yield return new(FakeOperations.GetSurveys, "GET", Base, ApiFamily.V2Management, Operation.Sync(List), V2Management.ValidateList);
        yield return new(FakeOperations.CreateSurvey, "POST", Base, ApiFamily.V2Management, Operation.Sync(Create), c => V2Management.Validate(c, body: ValidateInput));
        yield return new(FakeOperations.GetSurvey, "GET", Base + "/{id}", ApiFamily.V2Management, Operation.Sync(Get), c => V2Management.Validate(c, cuidParams: "id"));
        yield return new(FakeOperations.UpdateSurvey, "PUT", Base + "/{id}", ApiFamily.V2Management, Operation.Sync(Update), c => V2Management.Validate(c, body: ValidateInput, cuidParams: "id"));
        yield return new(FakeOperations.DeleteSurvey, "DELETE", Base + "/{id}", ApiFamily.V2Management, Operation.Sync(Delete), c => V2Management.Validate(c, cuidParams: "id"));
    }

    private static void ValidateInput(JsonObject body, Zod zod)
    {
        zod.String(body, "name", required: true);
        zod.Enum(body, "type", true, "link", "app");
        V2Management.EnvironmentFields(body, zod, required: true);

        zod.Enum(body, "status", false, "draft", "inProgress", "paused", "completed");
        zod.Array(body, "questions", required: false);
        zod.Array(body, "blocks", required: false);
        zod.Array(body, "endings", required: false);
    }

    private static FakeResult List(RequestContext context)
    {
        var environments = context.Key!.EnvironmentIds.ToHashSet(StringComparer.Ordinal);
        return V2Management.Page(context, context.Data.Surveys.Where(s => environments.Contains(s.EnvironmentId)), EntityJson.WriteSurvey);
    }

    private static FakeResult Create(RequestContext context)
    {
        var body = context.BodyObject;
        var environmentId = V2Management.BodyEnvironment(body);
        if (environmentId is null || context.Data.Find<FakeEnvironment>(environmentId) is null || !V2Management.Allowed(context, environmentId))
        {
            return Errors.V2(403);
        }

        var survey = context.Data.AddSurvey(
            environmentId,
            EntityJson.ParseType(body["type"]!.GetValue<string>()),
            EntityJson.ParseStatus(body["status"]?.GetValue<string>() ?? "draft"),
            body["name"]!.GetValue<string>());
        Apply(survey, body);
        return FakeResult.Data(survey, EntityJson.WriteSurvey, status: 201);
    }

    private static FakeResult Get(RequestContext context) =>
        WithSurvey(context, survey => FakeResult.Data(survey, EntityJson.WriteSurvey));

    private static FakeResult Update(RequestContext context) => WithSurvey(context, survey =>
    {
        var body = context.BodyObject;
        lock (context.Data.Gate)
        {
            survey.Name = body["name"]!.GetValue<string>();
            survey.Type = EntityJson.ParseType(body["type"]!.GetValue<string>());
            if (body["status"] is { } status)
            {
                survey.Status = EntityJson.ParseStatus(status.GetValue<string>());
            }

            Apply(survey, body);
            survey.UpdatedAt = context.Now;
        }

        return FakeResult.Data(survey, EntityJson.WriteSurvey);
    });

    private static FakeResult Delete(RequestContext context) => WithSurvey(context, survey =>
    {
        context.Data.Remove(survey);
        return FakeResult.Data(survey, EntityJson.WriteSurvey);
    });

    /// <summary>Unknown survey → 404, no permission on its environment → 401, else <paramref name="then"/>.</summary>
    private static FakeResult WithSurvey(RequestContext context, Func<FakeSurvey, FakeResult> then)
    {
        var survey = context.Data.Find<FakeSurvey>(context["id"]);
        if (survey is null)
        {
            return V2Management.NotFound("survey");
        }

        return V2Management.Allowed(context, survey.EnvironmentId) ? then(survey) : Errors.V2(401);
    }

    private static void Apply(FakeSurvey survey, JsonObject body)
    {
        if (body["questions"] is JsonArray questions)
        {
            survey.QuestionsJson = (JsonArray)questions.DeepClone();
        }

        if (body["blocks"] is JsonArray blocks)
        {
            survey.BlocksJson = (JsonArray)blocks.DeepClone();
        }

        if (body["endings"] is JsonArray endings)
        {
            survey.EndingsJson = (JsonArray)endings.DeepClone();
        }

        if (body["welcomeCard"] is JsonObject welcome)
        {
            survey.WelcomeCardJson = (JsonObject)welcome.DeepClone();
        }

        if (body["singleUse"] is JsonObject singleUse)
        {
            survey.SingleUse = new FakeSingleUse(
                singleUse["enabled"] is JsonValue e && e.TryGetValue<bool>(out var enabled) && enabled,
                singleUse["isEncrypted"] is JsonValue x && x.TryGetValue<bool>(out var encrypted) && encrypted,
                Text(singleUse, "heading"),
                Text(singleUse, "subheading"));
        }

        if (body.TryGetPropertyValue("surveyClosedMessage", out var closed))
        {
            survey.SurveyClosedMessage = closed is JsonObject message
                ? new FakeSurveyClosedMessage(Text(message, "heading"), Text(message, "subheading"))
                : null;
        }
    }

    private static string? Text(JsonObject obj, string field) =>
        obj[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
