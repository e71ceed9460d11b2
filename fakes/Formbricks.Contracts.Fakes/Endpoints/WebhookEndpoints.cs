using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary><c>/api/v1/webhooks</c> and <c>/api/v1/webhooks/{id}</c> (behaviour §5.4).</summary>
internal static class WebhookEndpoints
{
    private const string Base = "/api/v1/webhooks";
    private static readonly string[] Triggers = ["responseFinished", "responseCreated", "responseUpdated"];

    public static IEnumerable<Operation> Operations()
    {
        yield return new(FakeOperations.GetWebhooks, "GET", Base, ApiFamily.V1Management, Operation.Sync(List));
        yield return new(FakeOperations.CreateWebhook, "POST", Base, ApiFamily.V1Management, Operation.Sync(Create));
        yield return new(FakeOperations.GetWebhook, "GET", Base + "/{id}", ApiFamily.V1Management, Operation.Sync(Get));
        yield return new(FakeOperations.DeleteWebhook, "DELETE", Base + "/{id}", ApiFamily.V1Management, Operation.Sync(Delete));
    }

    private static FakeResult List(RequestContext context)
    {
        var key = context.Key!;
        var items = FakeData.NewestFirst(context.Data.Webhooks.Where(w => key.Has(w.EnvironmentId, FakeAccessLevel.Read)));
        return FakeResult.DataList(items, EntityJson.WriteWebhook);
    }

    /// <summary>Schema (400) → workspaceId present (400) → workspace exists (404) → write permission (401) → 200 with the secret.</summary>
    private static FakeResult Create(RequestContext context)
    {
        var zod = new Zod();
        if (zod.Root(context.Body) is not { } body)
        {
            return Errors.V1Validation(zod.Issues);
        }

        var url = zod.String(body, "url", required: true);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
        {
            zod.Issues.Add(("url", "Invalid URL"));
        }

        var triggers = zod.Array(body, "triggers", required: true);
        if (triggers is { Count: 0 })
        {
            zod.Issues.Add(("triggers", "Too small: expected array to have >=1 items"));
        }

        for (var i = 0; triggers is not null && i < triggers.Count; i++)
        {
            if (triggers[i] is not JsonValue v || !v.TryGetValue<string>(out var t) || !Triggers.Contains(t))
            {
                zod.Issues.Add(($"triggers.{i}", "Invalid option: expected one of \"responseFinished\"|\"responseCreated\"|\"responseUpdated\""));
            }
        }

        zod.String(body, "name", required: false);
        zod.Enum(body, "source", false, "user", "zapier", "make", "n8n");
        var surveyIds = zod.Array(body, "surveyIds", required: false);
        for (var i = 0; surveyIds is not null && i < surveyIds.Count; i++)
        {
            if (surveyIds[i] is not JsonValue v || !v.TryGetValue<string>(out var s) || !Zod.IsCuid2(s))
            {
                zod.Issues.Add(($"surveyIds.{i}", "Invalid cuid2"));
            }
        }

        var environmentField = body["workspaceId"] is null ? "environmentId" : "workspaceId";
        var environmentId = zod.String(body, environmentField, required: false);
        if (!zod.Ok)
        {
            return Errors.V1Validation(zod.Issues);
        }

        if (string.IsNullOrEmpty(environmentId))
        {
            return Errors.V1BadRequest("workspaceId must be provided");
        }

        if (context.Data.Find<FakeEnvironment>(environmentId) is null)
        {
            return Errors.V1NotFound("Workspace", environmentId);
        }

        if (!context.Key!.Has(environmentId, FakeAccessLevel.Write))
        {
            return Errors.V1Unauthorized();
        }

        var webhook = new FakeWebhook
        {
            Id = context.Data.NewId(),
            EnvironmentId = environmentId,
            Name = body["name"]?.GetValue<string>(),
            Url = url!,
            Source = body["source"]?.GetValue<string>() ?? "user",
            Secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)),
        };
        webhook.TriggerList.AddRange(triggers!.Select(t => t!.GetValue<string>()));
        webhook.SurveyIdList.AddRange(surveyIds?.Select(s => s!.GetValue<string>()) ?? []);
        context.Data.AddWebhook(webhook);
        return FakeResult.Data(webhook, EntityJson.WriteWebhookWithSecret);
    }

    private static FakeResult Get(RequestContext context) => WithWebhook(context, FakeAccessLevel.Read, w => FakeResult.Data(w, EntityJson.WriteWebhook));

    private static FakeResult Delete(RequestContext context) => WithWebhook(context, FakeAccessLevel.Manage, w =>
    {
        context.Data.Remove(w);
        return FakeResult.Data(w, EntityJson.WriteWebhook);
    });

    private static FakeResult WithWebhook(RequestContext context, FakeAccessLevel needed, Func<FakeWebhook, FakeResult> then)
    {
        var id = context["id"];
        var webhook = context.Data.Find<FakeWebhook>(id);
        if (webhook is null)
        {
            return Errors.V1NotFound("Webhook", id);
        }

        return context.Key!.Has(webhook.EnvironmentId, needed) ? then(webhook) : Errors.V1Unauthorized();
    }
}
