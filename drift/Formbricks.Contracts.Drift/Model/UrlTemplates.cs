using System.Text;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Model;

/// <summary>Effective URL templates: server path + path, with parameter names erased, so that a renamed path parameter or a prefix moved between <c>servers</c> and <c>paths</c> changes nothing.</summary>
internal static class UrlTemplates
{
    /// <summary>Erases parameter names (<c>{id}</c> becomes <c>{}</c>), merges double slashes and drops a trailing slash.</summary>
    public static string Normalize(string template)
    {
        var builder = new StringBuilder(template.Length);
        var inParameter = false;
        foreach (var c in template)
        {
            if (inParameter)
            {
                if (c == '}')
                {
                    builder.Append('}');
                    inParameter = false;
                }

                continue;
            }

            if (c == '{')
            {
                builder.Append('{');
                inParameter = true;
                continue;
            }

            if (c == '/' && builder.Length > 0 && builder[builder.Length - 1] == '/')
            {
                continue;
            }

            builder.Append(c);
        }

        while (builder.Length > 1 && builder[builder.Length - 1] == '/')
        {
            builder.Length--;
        }

        if (builder.Length == 0 || builder[0] != '/')
        {
            builder.Insert(0, '/');
        }

        return builder.ToString();
    }

    /// <summary>The parameter names of a template, in order.</summary>
    public static IReadOnlyList<string> Names(string template)
    {
        var names = new List<string>();
        var start = -1;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{')
            {
                start = i + 1;
            }
            else if (template[i] == '}' && start >= 0)
            {
                names.Add(template.Substring(start, i - start));
                start = -1;
            }
        }

        return names;
    }

    /// <summary>The path part of a server URL (variables replaced by their defaults), without a trailing slash.</summary>
    public static string ServerPath(OpenApiServer? server)
    {
        var url = Expand(server);
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = url.IndexOf('/', scheme + 3);
            url = slash < 0 ? string.Empty : url.Substring(slash);
        }

        var query = url.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            url = url.Substring(0, query);
        }

        return url.TrimEnd('/');
    }

    /// <summary>The scheme and host of a server URL, lower case; empty for a relative URL.</summary>
    public static string ServerHost(OpenApiServer? server)
    {
        var url = Expand(server);
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return string.Empty;
        }

        var slash = url.IndexOf('/', scheme + 3);
        return (slash < 0 ? url : url.Substring(0, slash)).ToLowerInvariant();
    }

    private static string Expand(OpenApiServer? server)
    {
        var url = server?.Url ?? string.Empty;
        if (server?.Variables is { Count: > 0 } variables)
        {
            foreach (var variable in variables)
            {
                url = url.Replace("{" + variable.Key + "}", variable.Value?.Default ?? string.Empty);
            }
        }

        return url;
    }
}
