using System.Text.Json;
using System.Text.Json.Nodes;
using Formbricks.Contracts.Verify.Generation;
using Formbricks.Contracts.Verify.Planning;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Verify.Execution;

/// <summary>Builds an operation's requests: all values fitting the schemas, or one value (a parameter or the body) replaced.</summary>
internal sealed class RequestFactory(ValueGenerator generator)
{
    /// <summary>
    /// A request whose values fit the schemas. Variant 0: required parameters only, lower boundaries and examples;
    /// variant 1: every parameter, upper boundaries.
    /// </summary>
    public (VerifyRequest Request, JsonNode? Body) Valid(OperationPlan plan, int variant, KeyMode key = KeyMode.Valid, int attempt = 0)
    {
        generator.Attempt = attempt;
        var values = new Dictionary<IOpenApiParameter, string?>();
        foreach (var parameter in plan.Parameters)
        {
            if (parameter.In == ParameterLocation.Path || parameter.Required || variant == 1)
            {
                var collection = parameter.In == ParameterLocation.Path ? IdPool.CollectionBefore(plan.Template, parameter.Name!) : null;
                values[parameter] = Text(generator.Valid(parameter.Schema, parameter.Name, collection, variant) ?? Example(parameter));
            }
        }

        var body = plan.Body is { } schema ? generator.Valid(schema, null, null, 0) : null;
        return (Build(plan, values, body, key), body);
    }

    /// <summary>The same request with one parameter's value replaced.</summary>
    public static VerifyRequest WithParameter(OperationPlan plan, VerifyRequest valid, IOpenApiParameter parameter, string text)
    {
        var query = valid.Query.Where(p => !(parameter.In == ParameterLocation.Query && p.Key == parameter.Name)).ToList();
        var headers = valid.Headers.Where(p => !(parameter.In == ParameterLocation.Header && p.Key == parameter.Name)).ToList();
        switch (parameter.In)
        {
            case ParameterLocation.Path:
                return valid with { Path = ReplaceSegment(plan.Template, valid.Path, parameter.Name!, text) };
            case ParameterLocation.Query:
                query.Add(new(parameter.Name!, text));
                break;
            default:
                headers.Add(new(parameter.Name!, text));
                break;
        }

        return valid with { Query = query, Headers = headers };
    }

    private static VerifyRequest Build(OperationPlan plan, Dictionary<IOpenApiParameter, string?> values, JsonNode? body, KeyMode key)
    {
        var path = plan.Template;
        var query = new List<KeyValuePair<string, string>>();
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (parameter, text) in values)
        {
            if (text is null)
            {
                continue;
            }

            switch (parameter.In)
            {
                case ParameterLocation.Path:
                    path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(text), StringComparison.Ordinal);
                    break;
                case ParameterLocation.Query:
                    query.Add(new(parameter.Name!, text));
                    break;
                default:
                    headers.Add(new(parameter.Name!, text));
                    break;
            }
        }

        var bodyText = plan.Body is null ? null : (body?.ToJsonString() ?? "null");
        return new VerifyRequest(plan.Method, path, query, headers, bodyText, plan.Auth, key);
    }

    /// <summary>The concrete path with the segment of <paramref name="name"/> replaced.</summary>
    private static string ReplaceSegment(string template, string path, string name, string text)
    {
        var templateSegments = template.Split('/');
        var pathSegments = path.Split('/');
        var at = Array.IndexOf(templateSegments, "{" + name + "}");
        if (at >= 0 && at < pathSegments.Length)
        {
            pathSegments[at] = Uri.EscapeDataString(text);
        }

        return string.Join('/', pathSegments);
    }

    private static JsonNode? Example(IOpenApiParameter parameter) => parameter.Example?.DeepClone();

    /// <summary>A parameter value as URL text; <see langword="null"/> leaves the parameter out.</summary>
    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => string.Join(',', array.Select(Text).Where(t => t is not null)),
        JsonObject => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>() ? "true" : "false",
        JsonValue value => value.ToJsonString(),
        _ => null,
    };
}
