using System.Text.Json;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary>The JSON of every entity, with the spec's property names.</summary>
internal static class EntityJson
{
    public static string Iso(DateTimeOffset value) => FakeClock.ToIsoString(value);

    public static string TypeName(FakeSurveyType type) => type == FakeSurveyType.Link ? "link" : "app";

    public static string StatusName(FakeSurveyStatus status) => status switch
    {
        FakeSurveyStatus.Draft => "draft",
        FakeSurveyStatus.InProgress => "inProgress",
        FakeSurveyStatus.Paused => "paused",
        _ => "completed",
    };

    public static FakeSurveyType ParseType(string value) => value == "app" ? FakeSurveyType.App : FakeSurveyType.Link;

    public static FakeSurveyStatus ParseStatus(string value) => value switch
    {
        "draft" => FakeSurveyStatus.Draft,
        "paused" => FakeSurveyStatus.Paused,
        "completed" => FakeSurveyStatus.Completed,
        _ => FakeSurveyStatus.InProgress,
    };

    public static JsonObject Survey(FakeSurvey s) => new()
    {
        ["id"] = s.Id,
        ["createdAt"] = Iso(s.CreatedAt),
        ["updatedAt"] = Iso(s.UpdatedAt),
        ["name"] = s.Name,
        ["type"] = TypeName(s.Type),
        ["environmentId"] = s.EnvironmentId,
        ["status"] = StatusName(s.Status),
        ["questions"] = s.Questions.DeepClone(),
        ["blocks"] = s.Blocks.DeepClone(),
        ["welcomeCard"] = s.WelcomeCard.DeepClone(),
        ["endings"] = s.Endings.DeepClone(),
        ["singleUse"] = s.SingleUse is { } su
            ? Texts(new JsonObject { ["enabled"] = su.Enabled, ["isEncrypted"] = su.IsEncrypted }, su.Heading, su.Subheading)
            : null,
        ["surveyClosedMessage"] = s.SurveyClosedMessage is { } closed ? Texts([], closed.Heading, closed.Subheading) : null,
    };

    /// <summary>
    /// Writes <see cref="Survey"/>'s JSON, byte for byte, straight from the state: the questions, blocks, welcome card
    /// and endings are written as they are, not cloned into a new tree (the list route's hot path).
    /// </summary>
    public static void WriteSurvey(Utf8JsonWriter w, FakeSurvey s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("createdAt", Iso(s.CreatedAt));
        w.WriteString("updatedAt", Iso(s.UpdatedAt));
        w.WriteString("name", s.Name);
        w.WriteString("type", TypeName(s.Type));
        w.WriteString("environmentId", s.EnvironmentId);
        w.WriteString("status", StatusName(s.Status));
        w.WritePropertyName("questions");
        s.Questions.WriteTo(w);
        w.WritePropertyName("blocks");
        s.Blocks.WriteTo(w);
        w.WritePropertyName("welcomeCard");
        s.WelcomeCard.WriteTo(w);
        w.WritePropertyName("endings");
        s.Endings.WriteTo(w);
        if (s.SingleUse is { } su)
        {
            w.WriteStartObject("singleUse");
            w.WriteBoolean("enabled", su.Enabled);
            w.WriteBoolean("isEncrypted", su.IsEncrypted);
            WriteTexts(w, su.Heading, su.Subheading);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("singleUse");
        }

        if (s.SurveyClosedMessage is { } closed)
        {
            w.WriteStartObject("surveyClosedMessage");
            WriteTexts(w, closed.Heading, closed.Subheading);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("surveyClosedMessage");
        }

        w.WriteEndObject();
    }

    private static void WriteTexts(Utf8JsonWriter w, string? heading, string? subheading)
    {
        if (heading is not null)
        {
            w.WriteString("heading", heading);
        }

        if (subheading is not null)
        {
            w.WriteString("subheading", subheading);
        }
    }

    /// <summary>Adds <c>heading</c> and <c>subheading</c> to <paramref name="json"/>, each only when set.</summary>
    private static JsonObject Texts(JsonObject json, string? heading, string? subheading)
    {
        if (heading is not null)
        {
            json["heading"] = heading;
        }

        if (subheading is not null)
        {
            json["subheading"] = subheading;
        }

        return json;
    }

    public static JsonObject Response(FakeResponse r) => new()
    {
        ["id"] = r.Id,
        ["createdAt"] = Iso(r.CreatedAt),
        ["updatedAt"] = Iso(r.UpdatedAt),
        ["surveyId"] = r.SurveyId,
        ["contactId"] = r.ContactId,
        ["displayId"] = r.DisplayId,
        ["singleUseId"] = r.SingleUseId,
        ["finished"] = r.Finished,
        ["endingId"] = r.EndingId,
        ["language"] = r.Language,
        ["data"] = r.Data.DeepClone(),
        ["variables"] = r.Variables.DeepClone(),
        ["ttc"] = r.Ttc.DeepClone(),
        ["meta"] = r.Meta.DeepClone(),
    };

    public static JsonObject Contact(FakeContact c) => new()
    {
        ["id"] = c.Id,
        ["createdAt"] = Iso(c.CreatedAt),
        ["updatedAt"] = Iso(c.UpdatedAt),
        ["environmentId"] = c.EnvironmentId,
        ["attributes"] = StringMap(c.Attributes),
    };

    public static JsonObject AttributeKey(FakeContactAttributeKey k) => new()
    {
        ["id"] = k.Id,
        ["createdAt"] = Iso(k.CreatedAt),
        ["updatedAt"] = Iso(k.UpdatedAt),
        ["key"] = k.Key,
        ["name"] = k.Name,
        ["description"] = k.Description,
        ["type"] = k.Type,
        ["environmentId"] = k.EnvironmentId,
    };

    public static JsonObject ActionClass(FakeActionClass a) => new()
    {
        ["id"] = a.Id,
        ["createdAt"] = Iso(a.CreatedAt),
        ["updatedAt"] = Iso(a.UpdatedAt),
        ["name"] = a.Name,
        ["description"] = a.Description,
        ["type"] = a.Type,
        ["key"] = a.Key,
        ["noCodeConfig"] = a.NoCodeConfig?.DeepClone(),
        ["environmentId"] = a.EnvironmentId,
    };

    /// <summary>A webhook; the secret only when <paramref name="withSecret"/> (the create call).</summary>
    public static JsonObject Webhook(FakeWebhook w, bool withSecret = false)
    {
        var json = new JsonObject
        {
            ["id"] = w.Id,
            ["createdAt"] = Iso(w.CreatedAt),
            ["updatedAt"] = Iso(w.UpdatedAt),
            ["name"] = w.Name,
            ["url"] = w.Url,
            ["source"] = w.Source,
            ["environmentId"] = w.EnvironmentId,
            ["triggers"] = new JsonArray([.. w.Triggers.Select(t => (JsonNode)t)]),
            ["surveyIds"] = new JsonArray([.. w.SurveyIds.Select(t => (JsonNode)t)]),
        };
        if (withSecret)
        {
            json["secret"] = w.Secret;
        }

        return json;
    }

    public static JsonObject StringMap(IEnumerable<KeyValuePair<string, string>> values)
    {
        var json = new JsonObject();
        foreach (var (key, value) in values)
        {
            json[key] = value;
        }

        return json;
    }

    public static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonObject> map) => new([.. items.Select(i => (JsonNode)map(i))]);

    public static JsonObject Meta(int total, int limit, int offset) => new() { ["total"] = total, ["limit"] = limit, ["offset"] = offset };
}
