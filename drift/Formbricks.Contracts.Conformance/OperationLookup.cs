using System.Globalization;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Conformance;

/// <summary>Finds an operation of a path template by method, and the response an operation declares for a status.</summary>
internal static class OperationLookup
{
    /// <summary>The operation declared for <paramref name="method"/> on <paramref name="template"/>, or <see langword="null"/>.</summary>
    public static OpenApiOperation? Find(OpenApiDocument document, string template, string method)
    {
        if (!document.Paths.TryGetValue(template, out var pathItem) || pathItem.Operations is null)
        {
            return null;
        }

        foreach (var pair in pathItem.Operations)
        {
            if (string.Equals(pair.Key.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>The declared response: exact status, then the range (<c>4XX</c>), then <c>default</c>.</summary>
    public static IOpenApiResponse? FindResponse(OpenApiOperation operation, int status)
    {
        var responses = operation.Responses;
        if (responses is null)
        {
            return null;
        }

        var exact = status.ToString(CultureInfo.InvariantCulture);
        foreach (var key in (string[])[exact, exact[..1] + "XX", "default"])
        {
            foreach (var pair in responses)
            {
                if (string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    return pair.Value;
                }
            }
        }

        return null;
    }
}
