using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary>
/// Personal links (behaviour §1): <c>…/surveys/{id}/contact-links/contacts/{contactId}</c> (§1.2) and
/// <c>…/surveys/{id}/contact-links/segments/{segmentId}</c> (§1.3), with their exact check order.
/// </summary>
internal static class ContactLinkEndpoints
{
    private const string Base = "/api/v2/management/surveys/{id}/contact-links";
    private const int MaxAttributeKeys = 20;

    public static IEnumerable<Operation> Operations()
    {
        yield return new(FakeOperations.GetPersonalizedSurveyLink, "GET", Base + "/contacts/{contactId}", ApiFamily.V2Management, Operation.Sync(ForContact), ValidateContact);
        yield return new(FakeOperations.GetContactLinksBySegment, "GET", Base + "/segments/{segmentId}", ApiFamily.V2Management, Operation.Sync(ForSegment), ValidateSegment);
    }

    private static FakeResult? ValidateContact(RequestContext context) =>
        ValidateQueryThenParams(context, zod => ExpirationDays(context, zod, integer: true), "contactId");

    private static FakeResult? ValidateSegment(RequestContext context) =>
        ValidateQueryThenParams(
            context,
            zod =>
            {
                V2Management.Pagination(context, zod);
                ExpirationDays(context, zod, integer: false);
                if (context.Query("attributeKeys") is { } keys && keys.Split(',').Length > MaxAttributeKeys)
                {
                    zod.Issues.Add(("attributeKeys", "You can have max 20 keys."));
                }
            },
            "segmentId");

    /// <summary>Query first; params (<c>surveyId</c> and the second id, <c>z.cuid2()</c>) only when the query passed.</summary>
    private static FakeResult? ValidateQueryThenParams(RequestContext context, Action<Zod> query, string secondParam)
    {
        var zod = new Zod();
        query(zod);
        if (!zod.Ok)
        {
            return Errors.V2Zod(zod.Issues);
        }

        zod.Cuid2("surveyId", context["id"]);
        zod.Cuid2(secondParam, context[secondParam]);
        return zod.Ok ? null : Errors.V2Zod(zod.Issues);
    }

    private static double? ExpirationDays(RequestContext context, Zod zod, bool integer) =>
        zod.CoerceNumber("expirationDays", context.Query("expirationDays"), 1, 365, integer);

    /// <summary>§1.2 steps 4–10.</summary>
    private static FakeResult ForContact(RequestContext context)
    {
        var data = context.Data;
        var survey = data.Find<FakeSurvey>(context["id"]);
        if (survey is null)
        {
            return V2Management.NotFound("survey");
        }

        if (!context.Key!.Has(survey.EnvironmentId, FakeAccessLevel.Read))
        {
            return Errors.V2(401);
        }

        if (!context.Options.ContactsLicensed)
        {
            return Errors.V2(403);
        }

        if (survey.Type != FakeSurveyType.Link)
        {
            return Errors.V2(400, ("surveyId", "Not a link survey"));
        }

        var contact = data.Find<FakeContact>(context["contactId"]);
        if (contact is null || contact.EnvironmentId != survey.EnvironmentId)
        {
            return V2Management.NotFound("contact");
        }

        if (data.Responses.Any(r => r.SurveyId == survey.Id && r.ContactId == contact.Id))
        {
            return Errors.V2(400, ("contactId", "Already responded"));
        }

        var days = ExpirationDays(context, new Zod(), integer: true);
        var now = context.Now;
        return FakeResult.Data(new JsonObject
        {
            ["surveyUrl"] = Link(context, contact.Id, survey, days, now),
            ["expiresAt"] = ExpiresAt(days, now),
        });
    }

    /// <summary>§1.3 steps 2–9.</summary>
    private static FakeResult ForSegment(RequestContext context)
    {
        var data = context.Data;
        var survey = data.Find<FakeSurvey>(context["id"]);
        if (survey is null)
        {
            // getOrganizationIdFromSurveyId throws ResourceNotFoundError without a type → generic 500.
            return Errors.V2(500);
        }

        if (!context.Options.ContactsLicensed)
        {
            return Errors.V2(403);
        }

        if (!context.Key!.Has(survey.EnvironmentId, FakeAccessLevel.Read))
        {
            return Errors.V2(401);
        }

        if (survey.Type != FakeSurveyType.Link || survey.Status != FakeSurveyStatus.InProgress)
        {
            return Errors.V2(403);
        }

        var segment = data.Find<FakeSegment>(context["segmentId"]);
        if (segment is null)
        {
            return V2Management.NotFound("segment");
        }

        if (segment.EnvironmentId != survey.EnvironmentId)
        {
            return Errors.V2(400, ("segmentId", "Environment mismatch"));
        }

        if (segment.HasInvalidFilters)
        {
            return Errors.V2(400, ("segment", "Invalid segment filters"));
        }

        var zod = new Zod();
        var (limit, skip) = V2Management.Pagination(context, zod);
        var days = ExpirationDays(context, zod, integer: false);
        var keys = AttributeKeys(context, survey.EnvironmentId);
        var (page, total) = data.ContactPage(survey.EnvironmentId, segment, skip, limit);
        var now = context.Now;
        var expiresAt = ExpiresAt(days, now);
        return V2Management.PageOf(page, total, limit, skip, (w, contact) =>
        {
            w.WriteStartObject();
            w.WriteString("contactId", contact.Id);
            var attributes = contact.AttributeMap;
            if (keys.Exists(attributes.ContainsKey))
            {
                w.WriteStartObject("attributes");
                foreach (var key in keys)
                {
                    if (attributes.TryGetValue(key, out var value))
                    {
                        w.WriteString(key, value);
                    }
                }

                w.WriteEndObject();
            }

            w.WriteString("surveyUrl", Link(context, contact.Id, survey, days, now));
            w.WriteString("expiresAt", expiresAt);
            w.WriteEndObject();
        });
    }

    /// <summary>Requested keys that exist in the environment, at most 20, in request order.</summary>
    private static List<string> AttributeKeys(RequestContext context, string environmentId)
    {
        if (context.Query("attributeKeys") is not { } raw)
        {
            return [];
        }

        var existing = context.Data.AttributeKeys.Where(k => k.EnvironmentId == environmentId).Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        return [.. raw.Split(',').Select(k => k.Trim()).Where(existing.Contains).Take(MaxAttributeKeys).Distinct(StringComparer.Ordinal)];
    }

    private static string Link(RequestContext context, string contactId, FakeSurvey survey, double? days, DateTimeOffset now) =>
        context.Links.ContactLink(contactId, survey, days, now);

    /// <summary><c>calculateExpirationDate</c>: <c>setDate(getDate() + days)</c> (fractional days truncated), ISO with ms.</summary>
    private static string? ExpiresAt(double? days, DateTimeOffset now) =>
        days is > 0 and var d ? FakeClock.ToIsoString(now.AddDays(Math.Truncate(d))) : null;
}
