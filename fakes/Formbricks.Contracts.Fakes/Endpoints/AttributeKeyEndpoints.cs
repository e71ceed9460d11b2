using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary><c>/api/v2/management/contact-attribute-keys</c>.</summary>
internal static class AttributeKeyEndpoints
{
    private const string Base = "/api/v2/management/contact-attribute-keys";

    public static IEnumerable<Operation> Operations()
    {
        yield return new(FakeOperations.GetContactAttributeKeys, "GET", Base, ApiFamily.V2Management, Operation.Sync(List), V2Management.ValidateList);
        yield return new(FakeOperations.CreateContactAttributeKey, "POST", Base, ApiFamily.V2Management, Operation.Sync(Create), c => V2Management.Validate(c, body: ValidateInput));
    }

    /// <summary>The safe identifier rule of <c>ZContactAttributeKeyInput</c>, with its message.</summary>
    public const string SafeIdentifierIssue =
        "Key must be a safe identifier: only lowercase letters, numbers, and underscores, and must start with a letter";

    /// <summary>
    /// Keys a contact attribute may not take: the contact's own columns (<c>id</c>, <c>createdAt</c>, <c>updatedAt</c>,
    /// <c>environmentId</c>) as a safe identifier spells them. The behaviour notes say reserved keys are refused
    /// without listing them; this list and its message are the fake's reading.
    /// </summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "id", "createdat", "updatedat", "environmentid" };

    private static void ValidateInput(JsonObject body, Zod zod)
    {
        if (zod.String(body, "key", required: true, minLength: 1) is { Length: > 0 } key)
        {
            if (!IsSafeIdentifier(key))
            {
                zod.Issues.Add(("key", SafeIdentifierIssue));
            }
            else if (Reserved.Contains(key))
            {
                zod.Issues.Add(("key", $"Key \"{key}\" is reserved"));
            }
        }

        zod.String(body, "name", required: false);
        zod.String(body, "description", required: false);
        V2Management.EnvironmentFields(body, zod, required: false);
    }

    /// <summary><c>/^[a-z][a-z0-9_]*$/</c>.</summary>
    private static bool IsSafeIdentifier(string key) =>
        key[0] is >= 'a' and <= 'z' && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    private static FakeResult List(RequestContext context)
    {
        var environments = context.Key!.EnvironmentIds.ToHashSet(StringComparer.Ordinal);
        return V2Management.Page(context, context.Data.AttributeKeys.Where(k => environments.Contains(k.EnvironmentId)), EntityJson.WriteAttributeKey);
    }

    /// <summary>Environment (403 when not writable) → duplicate key (409) → 201.</summary>
    private static FakeResult Create(RequestContext context)
    {
        var body = context.BodyObject;
        var environmentId = V2Management.BodyEnvironment(body) ?? V2Management.DefaultWritableEnvironment(context);
        if (environmentId is null || context.Data.Find<FakeEnvironment>(environmentId) is null || !V2Management.Allowed(context, environmentId))
        {
            return Errors.V2(403);
        }

        var key = body["key"]!.GetValue<string>();
        lock (context.Data.Gate)
        {
            if (context.Data.AttributeKeys.Any(k => k.EnvironmentId == environmentId && k.Key == key))
            {
                return Errors.V2(409, ("key", "Attribute key already exists"));
            }

            var created = context.Data.AddAttributeKey(new FakeContactAttributeKey
            {
                Id = context.Data.NewId(),
                EnvironmentId = environmentId,
                Key = key,
                Name = body["name"]?.GetValue<string>() ?? key,
                Description = body["description"]?.GetValue<string>(),
            });
            return FakeResult.Data(created, EntityJson.WriteAttributeKey, status: 201);
        }
    }
}
