using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Verify.Generation;

/// <summary>Values that break a schema: for a parameter (as text) and for a request body (as JSON).</summary>
internal static class BreakingValues
{
    /// <summary>Parameter texts that break the schema, each with why; empty when nothing a URL can carry breaks it.</summary>
    public static IEnumerable<(string Text, string Why)> ForParameter(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            yield break;
        }

        var type = schema.Type ?? JsonSchemaType.String;
        if ((type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && (type & JsonSchemaType.String) == 0)
        {
            yield return ("not-a-number", $"a {((type & JsonSchemaType.Integer) != 0 ? "integer" : "number")} parameter given text");
            if (ValueGenerator.Parse(schema.Maximum) is { } max)
            {
                yield return (Text(max + 1), $"above the maximum {Text(max)}");
            }

            if (ValueGenerator.Parse(schema.Minimum) is { } min)
            {
                yield return (Text(min - 1), $"below the minimum {Text(min)}");
            }

            if ((type & JsonSchemaType.Number) == 0 && (type & JsonSchemaType.Integer) != 0)
            {
                yield return ("1.5", "an integer parameter given a fraction");
            }

            yield break;
        }

        if ((type & JsonSchemaType.Boolean) != 0 && (type & JsonSchemaType.String) == 0)
        {
            yield return ("maybe", "a boolean parameter given text");
            yield break;
        }

        if ((type & JsonSchemaType.String) == 0)
        {
            yield break;
        }

        if (schema.Enum is { Count: > 0 } options)
        {
            var outside = "zz-not-an-enum-value";
            if (!options.Any(o => o is JsonValue v && v.TryGetValue<string>(out var s) && s == outside))
            {
                yield return (outside, "not one of the enum values");
            }
        }

        if (!string.IsNullOrEmpty(schema.Pattern))
        {
            foreach (var candidate in (string[])["NOT VALID!", "!", new string(',', 64) + "x"])
            {
                if (!ValueGenerator.Matches(schema.Pattern, candidate))
                {
                    yield return (candidate, $"does not match the pattern {schema.Pattern}");
                    break;
                }
            }
        }

        if (schema.MaxLength is { } maxLength && maxLength < 10_000)
        {
            yield return (new string('a', maxLength + 1), $"longer than maxLength {maxLength}");
        }
    }

    /// <summary>Bodies that break an object schema: the wrong JSON type, and each time one required property left out.</summary>
    public static IEnumerable<(JsonNode? Body, string Why)> ForBody(IOpenApiSchema schema, JsonNode? valid)
    {
        var type = schema.Type;
        if (type is { } t && (t & JsonSchemaType.Object) != 0 && (t & JsonSchemaType.Array) == 0)
        {
            yield return (new JsonArray(JsonValue.Create(1)), "an array where the schema wants an object");
        }

        if (valid is JsonObject obj && schema.Required is { Count: > 0 } required)
        {
            var name = required.OrderBy(r => r, StringComparer.Ordinal).First();
            var copy = (JsonObject)obj.DeepClone();
            copy.Remove(name);
            yield return (copy, $"the required property '{name}' left out");
        }
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
