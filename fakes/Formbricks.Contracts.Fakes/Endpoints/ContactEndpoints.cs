using System.Text.Json;
using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary><c>/api/v2/management/contacts</c>, <c>…/contacts/bulk</c>, <c>…/contacts/{id}</c> (contacts need the Enterprise license: 403 without).</summary>
internal static class ContactEndpoints
{
    private const string Base = "/api/v2/management/contacts";
    private const int MaxBulk = 250;

    public static IEnumerable<Operation> Operations()
    {
        yield return new(FakeOperations.GetContacts, "GET", Base, ApiFamily.V2Management, Operation.Sync(List), V2Management.ValidateList);
        yield return new(FakeOperations.BulkUpsertContacts, "PUT", Base + "/bulk", ApiFamily.V2Management, Operation.Sync(Bulk), c => V2Management.Validate(c, body: ValidateBulk));
        yield return new(FakeOperations.GetContact, "GET", Base + "/{id}", ApiFamily.V2Management, Operation.Sync(Get), c => V2Management.Validate(c, cuidParams: "id"));
    }

    private static FakeResult List(RequestContext context)
    {
        if (!context.Options.ContactsLicensed)
        {
            return Errors.V2(403);
        }

        var environments = context.Key!.EnvironmentIds.ToList();
        var (limit, skip, filter) = V2Management.ListQuery(context, new Zod());
        if (environments.Count == 1 && filter.IsDefault)
        {
            var (page, total) = context.Data.ContactPage(environments[0], null, skip, limit);
            return V2Management.PageOf(page, total, limit, skip, EntityJson.WriteContact);
        }

        var set = environments.ToHashSet(StringComparer.Ordinal);
        return V2Management.Page(context, context.Data.Contacts.Where(c => set.Contains(c.EnvironmentId)), EntityJson.WriteContact);
    }

    private static FakeResult Get(RequestContext context)
    {
        if (!context.Options.ContactsLicensed)
        {
            return Errors.V2(403);
        }

        var contact = context.Data.Find<FakeContact>(context["id"]);
        if (contact is null)
        {
            return V2Management.NotFound("contact");
        }

        return V2Management.Allowed(context, contact.EnvironmentId) ? FakeResult.Data(contact, EntityJson.WriteContact) : Errors.V2(401);
    }

    private static void ValidateBulk(JsonObject body, Zod zod)
    {
        V2Management.EnvironmentFields(body, zod, required: false);
        if (zod.Array(body, "contacts", required: true) is not { } contacts)
        {
            return;
        }

        if (contacts.Count < 1)
        {
            zod.Issues.Add(("contacts", "Too small: expected array to have >=1 items"));
        }

        if (contacts.Count > MaxBulk)
        {
            zod.Issues.Add(("contacts", $"Too big: expected array to have <={MaxBulk} items"));
        }

        for (var i = 0; i < contacts.Count; i++)
        {
            var path = $"contacts.{i}.attributes";
            if (contacts[i] is not JsonObject item || item["attributes"] is not JsonObject attributes)
            {
                var received = contacts[i] is JsonObject o ? Zod.TypeName(o["attributes"], o.ContainsKey("attributes")) : Zod.TypeName(contacts[i], true);
                zod.Issues.Add((contacts[i] is JsonObject ? path : $"contacts.{i}", $"Invalid input: expected {(contacts[i] is JsonObject ? "record" : "object")}, received {received}"));
                continue;
            }

            foreach (var (key, value) in attributes)
            {
                if (value is null || value.GetValueKind() != JsonValueKind.String)
                {
                    zod.Issues.Add(($"{path}.{key}", $"Invalid input: expected string, received {Zod.TypeName(value, true)}"));
                }
            }

            if (!attributes.ContainsKey("userId") && !attributes.ContainsKey("email"))
            {
                zod.Issues.Add((path, "Each contact needs a userId or an email attribute"));
            }
        }
    }

    /// <summary>Upserts by <c>userId</c>, then <c>email</c>; unknown attribute keys are created.</summary>
    private static FakeResult Bulk(RequestContext context)
    {
        if (!context.Options.ContactsLicensed)
        {
            return Errors.V2(403);
        }

        var body = context.BodyObject;
        var environmentId = V2Management.BodyEnvironment(body) ?? V2Management.DefaultWritableEnvironment(context);
        if (environmentId is null || context.Data.Find<FakeEnvironment>(environmentId) is null || !V2Management.Allowed(context, environmentId))
        {
            return Errors.V2(403);
        }

        var data = context.Data;
        var processed = 0;
        lock (data.Gate)
        {
            var existing = data.Contacts.Where(c => c.EnvironmentId == environmentId).ToList();
            var keys = data.AttributeKeys.Where(k => k.EnvironmentId == environmentId).Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var item in body["contacts"]!.AsArray())
            {
                var attributes = item!["attributes"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
                var contact = Match(existing, attributes, "userId") ?? Match(existing, attributes, "email");
                if (contact is null)
                {
                    contact = data.AddContact(environmentId, attributes);
                    existing.Add(contact);
                }
                else
                {
                    var merged = new Dictionary<string, string>(contact.AttributeMap, StringComparer.Ordinal);
                    foreach (var (key, value) in attributes)
                    {
                        merged[key] = value;
                    }

                    contact.ReplaceAttributes(merged);
                    contact.UpdatedAt = context.Now;
                }

                foreach (var key in attributes.Keys.Where(keys.Add))
                {
                    data.AddAttributeKey(new FakeContactAttributeKey { Id = data.NewId(), EnvironmentId = environmentId, Key = key, Name = key });
                }

                processed++;
            }
        }

        return FakeResult.Data(new JsonObject { ["processed"] = processed });
    }

    private static FakeContact? Match(List<FakeContact> contacts, Dictionary<string, string> attributes, string key) =>
        attributes.TryGetValue(key, out var value)
            ? contacts.FirstOrDefault(c => c.AttributeMap.TryGetValue(key, out var v) && v == value)
            : null;
}
