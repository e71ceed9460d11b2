using Microsoft.OpenApi;

namespace Formbricks.Contracts.OpenApi.Reading;

/// <summary>
/// The Microsoft.OpenApi validation rules this library runs: the default set minus rules that are noisy on valid
/// documents, with the two rules that match keys by a regular expression under a 100 ms timeout replaced by
/// deterministic equivalents. Under load those timeouts fired and the same document gave different diagnostics.
/// </summary>
internal static class ValidationRules
{
    /// <summary>The component key pattern of the OpenAPI specification, as Microsoft.OpenApi words it.</summary>
    internal const string ComponentKeyPattern = @"^[a-zA-Z0-9\.\-_]+$";

    /// <summary>Rule names left out, with the reason next to each.</summary>
    internal static readonly IReadOnlyList<string> Excluded = new[]
    {
        // Duplicates ReferenceChecker, which evaluates every $ref as a real JSON pointer and names the closest
        // existing member. This rule only understands '#/components/<kind>/<name>': on a valid pointer such as
        // '#/components/schemas/S/properties/a' it warns about a non-existent '#/components/schemas/a'.
        "OpenApiDocumentReferencesAreValid",

        // Both match with a Regex built with a 100 ms timeout: on a busy machine the match throws
        // RegexMatchTimeoutException and validation stops. Replaced below by character checks without a clock.
        nameof(OpenApiComponentsRules.KeyMustBeRegularExpression),
        nameof(OpenApiResponsesRules.ResponsesMustBeIdentifiedByDefaultOrStatusCode),
    };

    /// <summary>A fresh rule set (rule sets are mutable, so none is shared between reads).</summary>
    public static ValidationRuleSet Create()
    {
        var rules = new ValidationRuleSet(ValidationRuleSet.GetDefaultRuleSet());
        foreach (var name in Excluded)
        {
            rules.Remove(name);
        }

        rules.Add(typeof(OpenApiComponents), ComponentKeys);
        rules.Add(typeof(OpenApiResponses), ResponseKeys);
        return rules;
    }

    /// <summary>Component keys must match <see cref="ComponentKeyPattern"/>; the finding is at the key.</summary>
    internal static ValidationRule<OpenApiComponents> ComponentKeys { get; } = new(
        nameof(OpenApiComponentsRules.KeyMustBeRegularExpression),
        (context, components) =>
        {
            CheckKeys(context, components.Schemas?.Keys, "schemas");
            CheckKeys(context, components.Responses?.Keys, "responses");
            CheckKeys(context, components.Parameters?.Keys, "parameters");
            CheckKeys(context, components.Examples?.Keys, "examples");
            CheckKeys(context, components.RequestBodies?.Keys, "requestBodies");
            CheckKeys(context, components.Headers?.Keys, "headers");
            CheckKeys(context, components.SecuritySchemes?.Keys, "securitySchemes");
            CheckKeys(context, components.Links?.Keys, "links");
            CheckKeys(context, components.Callbacks?.Keys, "callbacks");
        });

    /// <summary>Response keys must be <c>default</c>, a status code or a range such as <c>4XX</c>.</summary>
    internal static ValidationRule<OpenApiResponses> ResponseKeys { get; } = new(
        nameof(OpenApiResponsesRules.ResponsesMustBeIdentifiedByDefaultOrStatusCode),
        (context, responses) =>
        {
            foreach (var key in responses.Keys)
            {
                if (!IsResponseKey(key))
                {
                    context.Enter(key);
                    context.CreateError(
                        nameof(OpenApiResponsesRules.ResponsesMustBeIdentifiedByDefaultOrStatusCode),
                        $"Response key '{key}' must be 'default', an HTTP status code (100-599), or a range of status codes: '1XX', '2XX', '3XX', '4XX', '5XX' (case insensitive).");
                    context.Exit();
                }
            }
        });

    /// <summary>The same language as <see cref="ComponentKeyPattern"/>.</summary>
    internal static bool IsComponentKey(string key)
    {
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var c in key)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same language as Microsoft.OpenApi's <c>default</c> or <c>^[1-5](?>[0-9]{2}|[xX]{2})$</c>.</summary>
    internal static bool IsResponseKey(string key)
    {
        if (string.Equals(key, "default", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (key.Length != 3 || key[0] is < '1' or > '5')
        {
            return false;
        }

        var digits = IsDigit(key[1]) && IsDigit(key[2]);
        var range = key[1] is 'x' or 'X' && key[2] is 'x' or 'X';
        return digits || range;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static void CheckKeys(IValidationContext context, IEnumerable<string>? keys, string component)
    {
        if (keys is null)
        {
            return;
        }

        foreach (var key in keys)
        {
            if (!IsComponentKey(key))
            {
                context.Enter(component);
                context.Enter(key);
                context.CreateError(
                    nameof(OpenApiComponentsRules.KeyMustBeRegularExpression),
                    $"The key '{key}' in '{component}' of components must match the regular expression '{ComponentKeyPattern}'; rename it using only letters, digits, '.', '-' and '_'.");
                context.Exit();
                context.Exit();
            }
        }
    }
}
