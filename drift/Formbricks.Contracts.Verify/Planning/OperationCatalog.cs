using Microsoft.OpenApi;

namespace Formbricks.Contracts.Verify.Planning;

/// <summary>
/// The operations of a spec in the order verify calls them: list reads first (their answers give ids), then reads
/// with path parameters, then creates, updates and deletes.
/// </summary>
internal static class OperationCatalog
{
    private static readonly string[] MethodOrder = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE"];

    public static IReadOnlyList<OperationPlan> Plan(OpenApiDocument document)
    {
        var plans = new List<OperationPlan>();
        foreach (var (template, pathItem) in document.Paths ?? [])
        {
            foreach (var (method, operation) in pathItem.Operations ?? [])
            {
                plans.Add(new OperationPlan(
                    method.Method.ToUpperInvariant(),
                    template,
                    operation,
                    Parameters(pathItem, operation),
                    JsonBody(operation, out var required),
                    required,
                    Auth(document, operation)));
            }
        }

        return [.. plans
            .OrderBy(p => Phase(p))
            .ThenBy(p => Array.IndexOf(MethodOrder, p.Method))
            .ThenBy(p => p.Template.Count(c => c == '/'))
            .ThenBy(p => p.Template, StringComparer.Ordinal)];
    }

    /// <summary>The methods declared for a template.</summary>
    public static IReadOnlySet<string> Methods(OpenApiDocument document, string template) =>
        (document.Paths[template].Operations ?? []).Keys.Select(m => m.Method.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    private static int Phase(OperationPlan plan) => plan.Method switch
    {
        "GET" or "HEAD" or "OPTIONS" => plan.HasPathParameters ? 1 : 0,
        "DELETE" => 3,
        _ => 2,
    };

    private static List<IOpenApiParameter> Parameters(IOpenApiPathItem pathItem, OpenApiOperation operation)
    {
        var merged = new List<IOpenApiParameter>();
        foreach (var parameter in (pathItem.Parameters ?? []).Concat(operation.Parameters ?? []))
        {
            if (parameter.Name is null || parameter.In is not (ParameterLocation.Path or ParameterLocation.Query or ParameterLocation.Header))
            {
                continue;
            }

            merged.RemoveAll(p => p.Name == parameter.Name && p.In == parameter.In);
            merged.Add(parameter);
        }

        return merged;
    }

    private static IOpenApiSchema? JsonBody(OpenApiOperation operation, out bool required)
    {
        required = operation.RequestBody?.Required == true;
        foreach (var (mediaType, content) in operation.RequestBody?.Content ?? new Dictionary<string, IOpenApiMediaType>())
        {
            if (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                return content.Schema;
            }
        }

        return null;
    }

    private static AuthScheme? Auth(OpenApiDocument document, OpenApiOperation operation)
    {
        var requirements = operation.Security ?? document.Security;
        if (requirements is null || requirements.Count == 0 || requirements.Any(r => r.Count == 0))
        {
            return null;
        }

        return requirements.SelectMany(r => r.Keys).Select(AuthScheme.From).FirstOrDefault(s => s is not null);
    }
}
