using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Verify.Generation;

/// <summary>
/// Values that fit a schema: an id seen in an answer (by property name), the example, the default, an enum value, a
/// boundary of the constraints (variant 0 the lower, variant 1 the upper), or a string that fits the pattern.
/// </summary>
internal sealed class ValueGenerator(Random random, IdPool pool)
{
    /// <summary>Which of the ids seen is used (the first by default; the next ones when a resource's state rejects a request).</summary>
    public int Attempt { get; set; }

    private const int MaxDepth = 6;
    private static readonly string[] StringCandidates =
        ["example", "abc123", "clx0000000000000000000000", "a", "A", "1", "example@example.com", "https://example.com/", "2026-01-01"];

    public JsonNode? Valid(IOpenApiSchema? schema, string? name, string? collection, int variant) =>
        Valid(schema, name, collection, variant, 0);

    private JsonNode? Valid(IOpenApiSchema? schema, string? name, string? collection, int variant, int depth)
    {
        if (schema is null || depth > MaxDepth)
        {
            return JsonValue.Create("example");
        }

        if (schema.AllOf is { Count: > 0 } allOf && schema.Type is null)
        {
            return Merge(allOf.Select(part => Valid(part, name, collection, variant, depth + 1)));
        }

        if ((schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf) is { Count: > 0 } branches && schema.Type is null)
        {
            return Valid(branches.FirstOrDefault(b => b.Type != JsonSchemaType.Null) ?? branches[0], name, collection, variant, depth + 1);
        }

        var type = schema.Type ?? (schema.Properties is { Count: > 0 } ? JsonSchemaType.Object : JsonSchemaType.String);
        if ((type & JsonSchemaType.String) != 0 && name is not null && schema.Enum is not { Count: > 0 }
            && pool.Candidates(collection, name) is { Count: > 0 } ids)
        {
            return JsonValue.Create(ids[Attempt % ids.Count]);
        }

        if (Example(schema) is { } example && variant == 0)
        {
            return example.DeepClone();
        }

        if (schema.Enum is { Count: > 0 } options)
        {
            var usable = options.Where(o => o is not null).ToList();
            return usable.Count == 0 ? null : usable[(variant + random.Next(usable.Count)) % usable.Count]!.DeepClone();
        }

        if (schema.Default is { } fallback && variant == 0)
        {
            return fallback.DeepClone();
        }

        if ((type & JsonSchemaType.Object) != 0)
        {
            return Object(schema, variant, depth);
        }

        if ((type & JsonSchemaType.Array) != 0)
        {
            var count = Math.Max(1, schema.MinItems ?? 0);
            var array = new JsonArray();
            for (var i = 0; i < count; i++)
            {
                array.Add(Valid(schema.Items, Singular(name), collection, variant, depth + 1));
            }

            return array;
        }

        if ((type & JsonSchemaType.Integer) != 0)
        {
            return JsonValue.Create((long)Math.Ceiling(Number(schema, variant)));
        }

        if ((type & JsonSchemaType.Number) != 0)
        {
            return JsonValue.Create(Number(schema, variant));
        }

        if ((type & JsonSchemaType.Boolean) != 0)
        {
            return JsonValue.Create(variant == 0);
        }

        if ((type & JsonSchemaType.String) != 0)
        {
            return JsonValue.Create(Text(schema));
        }

        return null;
    }

    /// <summary>The first of 3.1 <c>examples</c>, else 3.0 <c>example</c>.</summary>
    private static JsonNode? Example(IOpenApiSchema schema)
    {
        if (schema.Examples is { Count: > 0 } examples)
        {
            return examples[0];
        }

#pragma warning disable CS0618 // 3.0 documents carry the single example here.
        return schema.Example;
#pragma warning restore CS0618
    }

    private JsonObject Object(IOpenApiSchema schema, int variant, int depth)
    {
        var obj = new JsonObject();
        foreach (var (property, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (schema.Required?.Contains(property) == true && propertySchema.ReadOnly != true)
            {
                obj[property] = Valid(propertySchema, property, null, variant, depth + 1);
            }
        }

        // An object with anyOf/oneOf branches (e.g. "either workspaceId or environmentId", "key when type is code"):
        // the first branch's required properties are added, its own property schemas winning over the object's.
        if ((schema.AnyOf is { Count: > 0 } ? schema.AnyOf : schema.OneOf) is { Count: > 0 } branches)
        {
            var branch = branches[0];
            var branchProperties = branch.Properties ?? new Dictionary<string, IOpenApiSchema>();
            foreach (var (property, propertySchema) in branchProperties)
            {
                if (obj.ContainsKey(property))
                {
                    obj[property] = Valid(propertySchema, property, null, variant, depth + 1);
                }
            }

            foreach (var property in branch.Required ?? new HashSet<string>())
            {
                var propertySchema = branchProperties.TryGetValue(property, out var own) ? own : schema.Properties?.TryGetValue(property, out var shared) == true ? shared : null;
                obj[property] ??= Valid(propertySchema, property, null, variant, depth + 1);
            }
        }

        return obj;
    }

    private static JsonNode? Merge(IEnumerable<JsonNode?> parts)
    {
        JsonObject? merged = null;
        JsonNode? last = null;
        foreach (var part in parts)
        {
            last = part;
            if (part is JsonObject obj)
            {
                merged ??= [];
                foreach (var (key, value) in obj)
                {
                    merged[key] = value?.DeepClone();
                }
            }
        }

        return merged ?? last;
    }

    private static double Number(IOpenApiSchema schema, int variant)
    {
        var min = Parse(schema.Minimum) ?? (Parse(schema.ExclusiveMinimum) is { } exclusiveMin ? exclusiveMin + 1 : null);
        var max = Parse(schema.Maximum) ?? (Parse(schema.ExclusiveMaximum) is { } exclusiveMax ? exclusiveMax - 1 : null);
        return variant == 0 ? min ?? (max is { } m ? Math.Min(1, m) : 1) : max ?? (min ?? 0) + 1;
    }

    private string Text(IOpenApiSchema schema)
    {
        switch (schema.Format)
        {
            case "date-time":
                return "2026-01-01T00:00:00Z";
            case "date":
                return "2026-01-01";
            case "uri" or "url":
                return "https://example.com/verify";
            case "email":
                return "verify@example.com";
            case "uuid":
                return new Guid(random.Next(), 0, 0, new byte[8]).ToString("D");
        }

        var min = schema.MinLength ?? 0;
        var max = schema.MaxLength ?? int.MaxValue;
        foreach (var candidate in StringCandidates.Append(new string('a', Math.Max(1, min))))
        {
            if (candidate.Length >= min && candidate.Length <= max && Matches(schema.Pattern, candidate))
            {
                return candidate;
            }
        }

        return new string('a', Math.Max(1, min));
    }

    internal static bool Matches(string? pattern, string text)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return true;
        }

        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    internal static double? Parse(string? number) =>
        double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? Singular(string? name) =>
        name is { Length: > 1 } && name.EndsWith('s') ? name[..^1] : name;
}
