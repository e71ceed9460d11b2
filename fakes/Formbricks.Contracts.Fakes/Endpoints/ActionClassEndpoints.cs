using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary><c>/api/v1/management/action-classes</c> (v1 envelope and errors, behaviour §5.4).</summary>
internal static class ActionClassEndpoints
{
    private const string Base = "/api/v1/management/action-classes";

    public static IEnumerable<Operation> Operations()
    {
        yield return new(FakeOperations.GetActionClasses, "GET", Base, ApiFamily.V1Management, Operation.Sync(List));
        yield return new(FakeOperations.CreateActionClass, "POST", Base, ApiFamily.V1Management, Operation.Sync(Create));
        yield return new(FakeOperations.DeleteActionClass, "DELETE", Base + "/{id}", ApiFamily.V1Management, Operation.Sync(Delete));
    }

    private static FakeResult List(RequestContext context)
    {
        var key = context.Key!;
        var items = FakeData.NewestFirst(context.Data.ActionClasses.Where(a => key.Has(a.EnvironmentId, FakeAccessLevel.Read)));
        return FakeResult.DataList(items, EntityJson.WriteActionClass);
    }

    /// <summary>Schema (400 + details map) → environment (404) → write permission (401) → 200.</summary>
    private static FakeResult Create(RequestContext context)
    {
        var zod = new Zod();
        if (zod.Root(context.Body) is not { } body)
        {
            return Errors.V1Validation(zod.Issues);
        }

        var name = zod.String(body, "name", required: true, minLength: 1, trim: true);
        zod.String(body, "description", required: false);
        var type = zod.Enum(body, "type", true, "code", "noCode");
        var environmentField = body["workspaceId"] is null ? "environmentId" : "workspaceId";
        var environmentId = zod.String(body, environmentField, required: true);
        string? key = null;
        JsonObject? noCode = null;
        if (type == "code")
        {
            key = zod.String(body, "key", required: true, minLength: 1);
        }
        else if (type == "noCode" && body["noCodeConfig"] is not JsonObject)
        {
            zod.Issues.Add(("noCodeConfig", $"Invalid input: expected object, received {Zod.TypeName(body["noCodeConfig"], body.ContainsKey("noCodeConfig"))}"));
        }
        else
        {
            noCode = body["noCodeConfig"] as JsonObject;
        }

        if (!zod.Ok)
        {
            return Errors.V1Validation(zod.Issues);
        }

        if (context.Data.Find<FakeEnvironment>(environmentId!) is null)
        {
            return Errors.V1NotFound("Workspace", environmentId);
        }

        if (!context.Key!.Has(environmentId!, FakeAccessLevel.Write))
        {
            return Errors.V1Unauthorized();
        }

        var created = context.Data.AddActionClass(new FakeActionClass
        {
            Id = context.Data.NewId(),
            EnvironmentId = environmentId!,
            Name = name!,
            Description = body["description"]?.GetValue<string>(),
            Type = type!,
            Key = key,
            NoCodeConfigJson = (JsonObject?)noCode?.DeepClone(),
        });
        return FakeResult.Data(created, EntityJson.WriteActionClass);
    }

    /// <summary>Unknown (404 "Action Class not found") → manage permission (401) → the deleted action class.</summary>
    private static FakeResult Delete(RequestContext context)
    {
        var id = context["id"];
        var actionClass = context.Data.Find<FakeActionClass>(id);
        if (actionClass is null)
        {
            return Errors.V1NotFound("Action Class", id);
        }

        if (!context.Key!.Has(actionClass.EnvironmentId, FakeAccessLevel.Manage))
        {
            return Errors.V1Unauthorized();
        }

        context.Data.Remove(actionClass);
        return FakeResult.Data(actionClass, EntityJson.WriteActionClass);
    }
}
