using System.Text.Json;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Http;

/// <summary>Body checks of the response schemas: <c>z.string().cuid2()</c>, <c>z.object</c> and <c>z.coerce.date()</c> on a property.</summary>
internal sealed partial class Zod
{
    /// <summary><c>z.string().cuid2()</c> (optional unless <paramref name="required"/>): a string first, then "Invalid cuid2".</summary>
    public string? Cuid2String(JsonObject body, string field, bool required)
    {
        var text = String(body, field, required);
        if (text is not null && !IsCuid2(text))
        {
            Issues.Add((field, "Invalid cuid2"));
            return null;
        }

        return text;
    }

    /// <summary>A required <c>z.object({…})</c> property (its own fields all optional).</summary>
    public JsonObject? Object(JsonObject body, string field)
    {
        if (body[field] is JsonObject obj)
        {
            return obj;
        }

        Issues.Add((field, $"Invalid input: expected object, received {TypeName(body[field], body.ContainsKey(field))}"));
        return null;
    }

    /// <summary>
    /// A required <c>z.coerce.date()</c> property, i.e. <c>new Date(value)</c>: a date string, a number, a boolean or
    /// <c>null</c> (the epoch) pass; absent, an object, an array or an unparseable string is "Invalid Date".
    /// </summary>
    public void CoerceDate(JsonObject body, string field)
    {
        var node = body[field];
        var valid = node switch
        {
            null => body.ContainsKey(field),
            JsonValue value => value.GetValueKind() switch
            {
                JsonValueKind.Number => double.IsFinite(value.GetValue<double>()),
                JsonValueKind.True or JsonValueKind.False => true,
                JsonValueKind.String => new Zod().CoerceDate(field, value.GetValue<string>()) is not null,
                _ => false,
            },
            _ => false,
        };
        if (!valid)
        {
            Issues.Add((field, "Invalid input: expected date, received Date"));
        }
    }
}
