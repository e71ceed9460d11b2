using System.Net;
using PersonalLinks.Formbricks;

namespace PersonalLinks;

/// <summary>What a failure means for this job, in one line a user can act on.</summary>
internal static class ErrorMessages
{
    /// <summary>A refused call.</summary>
    public static string Explain(FormbricksClientException error)
    {
        var detail = error.Error is V2Error { Error: { } body } ? $" ({body.Message}{Details(body)})" : string.Empty;
        return error.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "the API key was refused (401). Check the key and that it has read access to the survey's environment." + detail,
            HttpStatusCode.Forbidden => "Formbricks refused (403): the survey must be an in-progress link survey, and contacts need an Enterprise licence." + detail,
            HttpStatusCode.NotFound => "not found (404): check the segment id." + detail,
            HttpStatusCode.UnprocessableEntity => "Formbricks rejected the request (422)" + detail + ".",
            HttpStatusCode.TooManyRequests => "rate limited (429): Formbricks allows 100 requests a minute per key; try again in a minute.",
            HttpStatusCode.InternalServerError => "Formbricks answered 500. On this route an unknown survey id gives a 500: check --survey." + detail,
            _ => $"Formbricks answered {(int)error.StatusCode} {error.StatusCode}.{detail}",
        };
    }

    /// <summary>A network failure: the innermost message names the cause (refused, name not resolved, TLS).</summary>
    public static string Unreachable(Exception error, Uri? baseUrl)
    {
        var cause = error;
        while (cause.InnerException is not null)
        {
            cause = cause.InnerException;
        }

        return $"could not reach Formbricks at {baseUrl} ({OneLine(cause.Message)}). Check --base-url and the network.";
    }

    /// <summary>An output failure.</summary>
    public static string Output(string target, Exception error) => error switch
    {
        DirectoryNotFoundException => $"cannot write '{target}': the folder '{Path.GetDirectoryName(target)}' does not exist.",
        UnauthorizedAccessException => $"cannot write '{target}': permission denied in '{Path.GetDirectoryName(target)}'.",
        _ => $"cannot write '{target}': {OneLine(error.Message)}",
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static string Details(V2ErrorError body) =>
        body.Details is { Count: > 0 } details ? ": " + string.Join("; ", details.Select(d => $"{d.Field} {d.Issue}")) : string.Empty;
}
