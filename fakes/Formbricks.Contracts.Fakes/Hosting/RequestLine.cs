using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Formbricks.Contracts.Fakes.Hosting;

/// <summary>
/// The request line as Node reads it: the raw (still percent-encoded) target, and Node's limit of about 16 KiB
/// (<c>--max-http-header-size</c>), applied alike in memory and over Kestrel, whose own limit is raised above it.
/// </summary>
internal static class RequestLine
{
    /// <summary>Node's default <c>maxHeaderSize</c>: 16 KiB for the request line (and headers).</summary>
    public const int MaxLength = 16 * 1024;

    /// <summary>Kestrel's <c>MaxRequestLineSize</c> for the fake: above <see cref="MaxLength"/>, so the fake decides.</summary>
    public const int KestrelLimit = 4 * MaxLength;

    /// <summary>The path as the client sent it, percent-encoding kept; without a raw target, the path re-encoded.</summary>
    public static string EncodedPath(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!string.IsNullOrEmpty(raw) && raw[0] == '/')
        {
            var query = raw.IndexOf('?', StringComparison.Ordinal);
            return query < 0 ? raw : raw[..query];
        }

        return http.Request.PathBase.Add(http.Request.Path).ToUriComponent();
    }

    /// <summary>Whether <c>METHOD SP target SP HTTP/1.1</c> is longer than Node takes.</summary>
    public static bool IsTooLong(HttpContext http)
    {
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var targetLength = string.IsNullOrEmpty(target)
            ? EncodedPath(http).Length + (http.Request.QueryString.Value?.Length ?? 0)
            : target.Length;
        return http.Request.Method.Length + 1 + targetLength + " HTTP/1.1".Length > MaxLength;
    }

    /// <summary>Node's answer to a header section over its limit: 431, no body.</summary>
    public static Http.FakeResult TooLong() => new(431, "text/plain", "");
}
