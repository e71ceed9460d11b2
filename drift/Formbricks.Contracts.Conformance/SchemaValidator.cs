using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using JsonPointer = Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer;

namespace Formbricks.Contracts.Conformance;

/// <summary>
/// Validates a JSON value against Microsoft.OpenApi's schema model (3.0 <c>nullable</c> is read into the
/// <see cref="JsonSchemaType.Null"/> flag; <c>$ref</c>s are <see cref="OpenApiSchemaReference"/>s that forward to their target).
/// </summary>
internal static class SchemaValidator
{
    private const int MaxDepth = 64;
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    private static readonly Regex DateTime = new(
        @"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static void Validate(IOpenApiSchema? schema, JsonNode? node, string pointer, List<ResponseValidationError> errors) =>
        Validate(schema, node, pointer, errors, 0);

    private static void Validate(IOpenApiSchema? schema, JsonNode? node, string pointer, List<ResponseValidationError> errors, int depth)
    {
        if (schema is null || depth > MaxDepth)
        {
            return;
        }

        Composition(schema, node, pointer, errors, depth);
        var kind = Kind(node);
        if (!TypeAllows(schema, kind))
        {
            errors.Add(new ResponseValidationError(pointer, $"expected {TypeText(schema.Type)}, got {KindText(kind)}"));
            return;
        }

        if (node is null)
        {
            return;
        }

        if (schema.Enum is { Count: > 0 } options && !options.Any(option => JsonNode.DeepEquals(option, node)))
        {
            errors.Add(new ResponseValidationError(pointer, $"{node.ToJsonString()} is not one of {string.Join(", ", options.Select(o => o?.ToJsonString() ?? "null"))}"));
        }

        switch (node)
        {
            case JsonObject obj:
                ObjectRules(schema, obj, pointer, errors, depth);
                break;
            case JsonArray array:
                ArrayRules(schema, array, pointer, errors, depth);
                break;
            default:
                if (kind == JsonSchemaType.String)
                {
                    StringRules(schema, node.GetValue<string>(), pointer, errors);
                }
                else if (kind is JsonSchemaType.Number or JsonSchemaType.Integer)
                {
                    NumberRules(schema, node.GetValue<double>(), pointer, errors);
                }

                break;
        }
    }

    private static void Composition(IOpenApiSchema schema, JsonNode? node, string pointer, List<ResponseValidationError> errors, int depth)
    {
        foreach (var part in schema.AllOf ?? [])
        {
            Validate(part, node, pointer, errors, depth + 1);
        }

        if (schema.AnyOf is { Count: > 0 } anyOf && anyOf.All(branch => !Fits(branch, node, pointer, depth)))
        {
            errors.Add(new ResponseValidationError(pointer, $"matches none of the {anyOf.Count} anyOf schemas"));
        }

        if (schema.OneOf is { Count: > 0 } oneOf)
        {
            var matches = oneOf.Count(branch => Fits(branch, node, pointer, depth));
            if (matches != 1)
            {
                errors.Add(new ResponseValidationError(pointer, $"matches {matches} of the {oneOf.Count} oneOf schemas, expected exactly 1"));
            }
        }

        if (schema.Not is { } not && Fits(not, node, pointer, depth))
        {
            errors.Add(new ResponseValidationError(pointer, "matches the schema under 'not'"));
        }
    }

    private static bool Fits(IOpenApiSchema schema, JsonNode? node, string pointer, int depth)
    {
        var scratch = new List<ResponseValidationError>();
        Validate(schema, node, pointer, scratch, depth + 1);
        return scratch.Count == 0;
    }

    private static void ObjectRules(IOpenApiSchema schema, JsonObject obj, string pointer, List<ResponseValidationError> errors, int depth)
    {
        foreach (var name in schema.Required ?? new HashSet<string>())
        {
            if (!obj.ContainsKey(name))
            {
                errors.Add(new ResponseValidationError(pointer, $"required property '{name}' is missing"));
            }
        }

        var properties = schema.Properties ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var pair in obj)
        {
            var child = JsonPointer.Append(pointer, pair.Key);
            if (properties.TryGetValue(pair.Key, out var property))
            {
                Validate(property, pair.Value, child, errors, depth + 1);
            }
            else if (schema.AdditionalProperties is { } additional)
            {
                Validate(additional, pair.Value, child, errors, depth + 1);
            }
            else if (!schema.AdditionalPropertiesAllowed)
            {
                errors.Add(new ResponseValidationError(child, "additional property is not allowed"));
            }
        }

        if (schema.MinProperties is { } min && obj.Count < min)
        {
            errors.Add(new ResponseValidationError(pointer, $"has {obj.Count} properties, fewer than {min}"));
        }

        if (schema.MaxProperties is { } max && obj.Count > max)
        {
            errors.Add(new ResponseValidationError(pointer, $"has {obj.Count} properties, more than {max}"));
        }
    }

    private static void ArrayRules(IOpenApiSchema schema, JsonArray array, string pointer, List<ResponseValidationError> errors, int depth)
    {
        if (schema.MinItems is { } min && array.Count < min)
        {
            errors.Add(new ResponseValidationError(pointer, $"has {array.Count} items, fewer than {min}"));
        }

        if (schema.MaxItems is { } max && array.Count > max)
        {
            errors.Add(new ResponseValidationError(pointer, $"has {array.Count} items, more than {max}"));
        }

        if (schema.UniqueItems == true)
        {
            for (var i = 1; i < array.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (JsonNode.DeepEquals(array[i], array[j]))
                    {
                        errors.Add(new ResponseValidationError(pointer + "/" + i, $"duplicates item {j}"));
                    }
                }
            }
        }

        for (var i = 0; i < array.Count; i++)
        {
            Validate(schema.Items, array[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), errors, depth + 1);
        }
    }

    private static void StringRules(IOpenApiSchema schema, string text, string pointer, List<ResponseValidationError> errors)
    {
        if (schema.MinLength is { } min && text.Length < min)
        {
            errors.Add(new ResponseValidationError(pointer, $"is shorter than {min} characters"));
        }

        if (schema.MaxLength is { } max && text.Length > max)
        {
            errors.Add(new ResponseValidationError(pointer, $"is longer than {max} characters"));
        }

        if (!string.IsNullOrEmpty(schema.Pattern))
        {
            PatternRule(schema.Pattern!, text, pointer, errors);
        }

        var bad = schema.Format switch
        {
            "date-time" => !IsDateTime(text),
            "date" => !System.DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "uri" => !Uri.TryCreate(text, UriKind.Absolute, out _),
            "email" => text.IndexOf('@') <= 0 || text.IndexOf('@') == text.Length - 1,
            "uuid" => !Guid.TryParseExact(text, "D", out _),
            _ => false,
        };
        if (bad)
        {
            errors.Add(new ResponseValidationError(pointer, $"'{text}' is not a valid {schema.Format}"));
        }
    }

    /// <summary>
    /// The <c>pattern</c> rule. A pattern .NET cannot compile, or one that runs past its time limit on the value, is
    /// an error entry, not an exception: the validator reports, it never throws.
    /// </summary>
    private static void PatternRule(string pattern, string text, string pointer, List<ResponseValidationError> errors)
    {
        try
        {
            if (!Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, PatternTimeout))
            {
                errors.Add(new ResponseValidationError(pointer, $"does not match the pattern {pattern}"));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            errors.Add(new ResponseValidationError(pointer, $"could not be checked against the pattern {pattern}: matching took longer than {PatternTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s"));
        }
        catch (ArgumentException exception)
        {
            errors.Add(new ResponseValidationError(pointer, $"could not be checked: the schema's pattern {pattern} is not a valid regular expression ({exception.Message})"));
        }
    }

    /// <summary>RFC 3339 <c>date-time</c>; a regex timeout (the expression is linear, so in theory only) counts as not valid.</summary>
    private static bool IsDateTime(string text)
    {
        try
        {
            return DateTime.IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a multiple of <paramref name="multiple"/>: exactly in decimal where the value
    /// fits one (0.3 is a multiple of 0.1), else in double (beyond ±7.9e28, where a cast to decimal would overflow).
    /// </summary>
    private static bool IsMultipleOf(double value, decimal multiple)
    {
        if (Math.Abs(value) < 7.9e28)
        {
            return (decimal)value % multiple == 0;
        }

        // A quotient beyond the double range cannot tell; such a value is not reported rather than wrongly reported.
        var quotient = value / (double)multiple;
        return double.IsInfinity(quotient) || Math.Floor(quotient) == quotient;
    }

    private static void NumberRules(IOpenApiSchema schema, double value, string pointer, List<ResponseValidationError> errors)
    {
        if (Parse(schema.Minimum) is { } min && value < min)
        {
            errors.Add(new ResponseValidationError(pointer, $"{Text(value)} is less than the minimum {Text(min)}"));
        }

        if (Parse(schema.Maximum) is { } max && value > max)
        {
            errors.Add(new ResponseValidationError(pointer, $"{Text(value)} is greater than the maximum {Text(max)}"));
        }

        if (Parse(schema.ExclusiveMinimum) is { } exclusiveMin && value <= exclusiveMin)
        {
            errors.Add(new ResponseValidationError(pointer, $"{Text(value)} is not greater than {Text(exclusiveMin)}"));
        }

        if (Parse(schema.ExclusiveMaximum) is { } exclusiveMax && value >= exclusiveMax)
        {
            errors.Add(new ResponseValidationError(pointer, $"{Text(value)} is not less than {Text(exclusiveMax)}"));
        }

        if (schema.MultipleOf is { } multiple && multiple != 0 && !IsMultipleOf(value, multiple))
        {
            errors.Add(new ResponseValidationError(pointer, $"{Text(value)} is not a multiple of {multiple}"));
        }
    }

    /// <summary>Whether the declared type (flags, from <c>type</c>, a type array, or 3.0 <c>nullable</c>) admits the value's kind.</summary>
    private static bool TypeAllows(IOpenApiSchema schema, JsonSchemaType kind)
    {
        if (schema.Type is not { } declared)
        {
            return true;
        }

        if ((declared & kind) != 0)
        {
            return true;
        }

        if (kind == JsonSchemaType.Integer && (declared & JsonSchemaType.Number) != 0)
        {
            return true;
        }

        return kind == JsonSchemaType.Null && IsNullableExtension(schema);
    }

    private static bool IsNullableExtension(IOpenApiSchema schema) =>
        schema.UnrecognizedKeywords is { } keywords && keywords.TryGetValue("nullable", out var flag) && flag is JsonValue value
        && value.TryGetValue<bool>(out var nullable) && nullable;

    private static JsonSchemaType Kind(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JsonSchemaType.Null;
            case JsonObject:
                return JsonSchemaType.Object;
            case JsonArray:
                return JsonSchemaType.Array;
        }

        switch (node.GetValueKind())
        {
            case JsonValueKind.String:
                return JsonSchemaType.String;
            case JsonValueKind.True:
            case JsonValueKind.False:
                return JsonSchemaType.Boolean;
            case JsonValueKind.Number:
                var value = node.GetValue<double>();
                return Math.Floor(value) == value && !double.IsInfinity(value) ? JsonSchemaType.Integer : JsonSchemaType.Number;
            default:
                return JsonSchemaType.Null;
        }
    }

    private static string TypeText(JsonSchemaType? type) =>
        type is not { } flags ? "any" : string.Join(" or ", Enum.GetValues<JsonSchemaType>().Where(f => (flags & f) != 0).Select(KindText));

    private static string KindText(JsonSchemaType kind) => kind.ToString().ToLowerInvariant();

    private static double? Parse(string? number) =>
        double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
