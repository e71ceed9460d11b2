using System.Text;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Verify.Execution;

/// <summary>The <c>curl</c> command that sends a request again; the key given to verify appears as <c>$FORMBRICKS_API_KEY</c>.</summary>
internal static class Curl
{
    public const string KeyVariable = "$FORMBRICKS_API_KEY";

    public static string For(Uri baseUrl, VerifyRequest request)
    {
        var line = new StringBuilder("curl -sS -X ").Append(request.Method).Append(' ');
        var placeholder = request.Key == KeyMode.Valid ? KeyVariable : null;
        var url = baseUrl.AbsoluteUri.TrimEnd('/') + request.Path + VerifyRequest.QueryText(request.Query);
        if (request.Auth is { Location: ParameterLocation.Query } auth && request.KeyText(placeholder) is { } key)
        {
            url += (request.Query.Count == 0 ? "?" : "&") + Uri.EscapeDataString(auth.Name) + "=";
            line.Append(Quote(url, key));
        }
        else
        {
            line.Append(Quote(url));
        }

        foreach (var (name, value) in request.Headers)
        {
            line.Append(" -H ").Append(Quote(name + ": " + value));
        }

        if (request.Auth is { Location: ParameterLocation.Header } header && request.KeyText(placeholder) is { } headerKey)
        {
            line.Append(" -H ").Append(Quote(header.Name + ": " + header.Prefix, headerKey));
        }

        if (request.Body is not null)
        {
            line.Append(" -H 'Content-Type: application/json' --data-raw ").Append(Quote(request.Body));
        }

        return line.ToString();
    }

    /// <summary>Single-quoted text; a trailing key placeholder goes in double quotes so that the shell expands it.</summary>
    private static string Quote(string text, string? key = null)
    {
        var quoted = "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        if (key is null)
        {
            return quoted;
        }

        return key == KeyVariable ? quoted + "\"" + KeyVariable + "\"" : quoted[..^1] + key.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
