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

    /// <summary>
    /// Writes a survey's JSON straight from the state: the questions, blocks, welcome card and endings are written as
    /// they are, not cloned into a new tree. Every entity is written this way, by the list and the single-item routes
    /// alike (one writer per entity, so a listed item is byte for byte the single route's <c>data</c>).
    /// </summary>
    public static void WriteSurvey(Utf8JsonWriter w, FakeSurvey s)
    {
        WriteHead(w, s);
        w.WriteString("name", s.Name);
        w.WriteString("type", TypeName(s.Type));
        w.WriteString("environmentId", s.EnvironmentId);
        w.WriteString("status", StatusName(s.Status));
        w.WritePropertyName("questions");
        s.QuestionsJson.WriteTo(w);
        w.WritePropertyName("blocks");
        s.BlocksJson.WriteTo(w);
        w.WritePropertyName("welcomeCard");
        s.WelcomeCardJson.WriteTo(w);
        w.WritePropertyName("endings");
        s.EndingsJson.WriteTo(w);
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

    public static void WriteResponse(Utf8JsonWriter w, FakeResponse r)
    {
        WriteHead(w, r);
        w.WriteString("surveyId", r.SurveyId);
        w.WriteString("contactId", r.ContactId);
        w.WriteString("displayId", r.DisplayId);
        w.WriteString("singleUseId", r.SingleUseId);
        w.WriteBoolean("finished", r.Finished);
        w.WriteString("endingId", r.EndingId);
        w.WriteString("language", r.Language);
        WriteNode(w, "data", r.DataJson);
        WriteNode(w, "variables", r.VariablesJson);
        WriteNode(w, "ttc", r.TtcJson);
        WriteNode(w, "meta", r.MetaJson);
        w.WriteEndObject();
    }

    public static void WriteContact(Utf8JsonWriter w, FakeContact c)
    {
        WriteHead(w, c);
        w.WriteString("environmentId", c.EnvironmentId);
        w.WriteStartObject("attributes");
        foreach (var (key, value) in c.AttributeMap)
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteAttributeKey(Utf8JsonWriter w, FakeContactAttributeKey k)
    {
        WriteHead(w, k);
        w.WriteString("key", k.Key);
        w.WriteString("name", k.Name);
        w.WriteString("description", k.Description);
        w.WriteString("type", k.Type);
        w.WriteString("environmentId", k.EnvironmentId);
        w.WriteEndObject();
    }

    public static void WriteActionClass(Utf8JsonWriter w, FakeActionClass a)
    {
        WriteHead(w, a);
        w.WriteString("name", a.Name);
        w.WriteString("description", a.Description);
        w.WriteString("type", a.Type);
        w.WriteString("key", a.Key);
        WriteNode(w, "noCodeConfig", a.NoCodeConfigJson);
        w.WriteString("environmentId", a.EnvironmentId);
        w.WriteEndObject();
    }

    /// <summary>A webhook without its secret (every route but create).</summary>
    public static void WriteWebhook(Utf8JsonWriter w, FakeWebhook hook) => WriteWebhook(w, hook, withSecret: false);

    /// <summary>A webhook with its secret (the create call).</summary>
    public static void WriteWebhookWithSecret(Utf8JsonWriter w, FakeWebhook hook) => WriteWebhook(w, hook, withSecret: true);

    /// <summary>The <c>meta</c> of a page: <c>{"total":…,"limit":…,"offset":…}</c>.</summary>
    public static void WriteMeta(Utf8JsonWriter w, int total, int limit, int offset)
    {
        w.WriteStartObject("meta");
        w.WriteNumber("total", total);
        w.WriteNumber("limit", limit);
        w.WriteNumber("offset", offset);
        w.WriteEndObject();
    }

    private static void WriteWebhook(Utf8JsonWriter w, FakeWebhook hook, bool withSecret)
    {
        WriteHead(w, hook);
        w.WriteString("name", hook.Name);
        w.WriteString("url", hook.Url);
        w.WriteString("source", hook.Source);
        w.WriteString("environmentId", hook.EnvironmentId);
        WriteStrings(w, "triggers", hook.TriggerList);
        WriteStrings(w, "surveyIds", hook.SurveyIdList);
        if (withSecret)
        {
            w.WriteString("secret", hook.Secret);
        }

        w.WriteEndObject();
    }

    /// <summary>Opens the entity's object with <c>id</c>, <c>createdAt</c> and <c>updatedAt</c>.</summary>
    private static void WriteHead(Utf8JsonWriter w, FakeEntity e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("createdAt", Iso(e.CreatedAt));
        w.WriteString("updatedAt", Iso(e.UpdatedAt));
    }

    private static void WriteNode(Utf8JsonWriter w, string name, JsonNode? node)
    {
        w.WritePropertyName(name);
        if (node is null)
        {
            w.WriteNullValue();
        }
        else
        {
            node.WriteTo(w);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
