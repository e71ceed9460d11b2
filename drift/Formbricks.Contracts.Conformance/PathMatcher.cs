using Microsoft.OpenApi;

namespace Formbricks.Contracts.Conformance;

/// <summary>Finds the spec path (template) for a template or a concrete request path.</summary>
internal static class PathMatcher
{
    /// <summary>
    /// The template matching <paramref name="path"/>: an exact template first, then the template whose literal
    /// segments match most; retried without the base path of the first server (e.g. <c>/api</c>).
    /// </summary>
    public static string? Find(OpenApiDocument document, string path)
    {
        if (document.Paths is null)
        {
            return null;
        }

        var trimmed = Normalize(path);
        var found = FindIn(document, trimmed);
        if (found is not null)
        {
            return found;
        }

        var basePath = BasePath(document);
        if (basePath.Length > 0 && trimmed.StartsWith(basePath + "/", StringComparison.OrdinalIgnoreCase))
        {
            return FindIn(document, trimmed.Substring(basePath.Length));
        }

        return null;
    }

    private static string? FindIn(OpenApiDocument document, string path)
    {
        foreach (var template in document.Paths.Keys)
        {
            if (string.Equals(Normalize(template), path, StringComparison.Ordinal))
            {
                return template;
            }
        }

        var segments = path.Trim('/').Split('/');
        string? best = null;
        var bestLiterals = -1;
        foreach (var template in document.Paths.Keys)
        {
            var parts = Normalize(template).Trim('/').Split('/');
            if (parts.Length != segments.Length)
            {
                continue;
            }

            var literals = 0;
            var matches = true;
            for (var i = 0; i < parts.Length && matches; i++)
            {
                if (parts[i].StartsWith('{') && parts[i].EndsWith('}'))
                {
                    matches = segments[i].Length > 0;
                }
                else if (string.Equals(parts[i], segments[i], StringComparison.Ordinal))
                {
                    literals++;
                }
                else
                {
                    matches = false;
                }
            }

            if (matches && literals > bestLiterals)
            {
                best = template;
                bestLiterals = literals;
            }
        }

        return best;
    }

    private static string Normalize(string path)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        return trimmed.StartsWith('/') ? trimmed : "/" + trimmed;
    }

    /// <summary>The path of the first server URL (<c>https://app.formbricks.com/api</c> → <c>/api</c>).</summary>
    private static string BasePath(OpenApiDocument document)
    {
        var url = document.Servers is { Count: > 0 } servers ? servers[0].Url : null;
        if (string.IsNullOrEmpty(url))
        {
            return string.Empty;
        }

        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url!;
        return path.TrimEnd('/');
    }
}
