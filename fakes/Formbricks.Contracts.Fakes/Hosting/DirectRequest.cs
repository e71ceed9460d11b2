using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Formbricks.Contracts.Fakes.Hosting;

/// <summary>One answer of the pipeline called directly: status, headers, body, or a dropped connection.</summary>
internal sealed record DirectResponse(int Status, IReadOnlyDictionary<string, string[]> Headers, byte[] Body, bool Dropped);

/// <summary>
/// Runs the fake's pipeline on a request given as values, with no server in between: for hostings that own the
/// socket themselves (WireMock.Net). Request in, response out.
/// </summary>
internal static class DirectRequest
{
    public static async Task<DirectResponse> HandleAsync(
        FakePipeline pipeline, string method, string path, string query, IEnumerable<KeyValuePair<string, string[]>> headers, byte[] body, CancellationToken cancellationToken)
    {
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var lifetime = new Lifetime(aborted);
        var http = new DefaultHttpContext();
        http.Features.Set<IHttpRequestLifetimeFeature>(lifetime);
        var request = http.Request;
        request.Method = method;
        request.Path = path;
        request.QueryString = new QueryString(string.IsNullOrEmpty(query) || query.StartsWith('?') ? query : "?" + query);
        foreach (var (name, values) in headers)
        {
            request.Headers[name] = new StringValues(values);
        }

        request.Body = new MemoryStream(body, writable: false);
        request.ContentLength = body.Length;
        using var responseBody = new MemoryStream();
        http.Response.Body = responseBody;

        await pipeline.InvokeAsync(http).ConfigureAwait(false);

        var answered = http.Response.Headers.ToDictionary(h => h.Key, h => h.Value.Select(v => v ?? "").ToArray(), StringComparer.OrdinalIgnoreCase);
        return new DirectResponse(http.Response.StatusCode, answered, responseBody.ToArray(), lifetime.Dropped);
    }

    /// <summary>Turns the pipeline's <c>Abort()</c> into a flag and a cancelled <c>RequestAborted</c>.</summary>
    private sealed class Lifetime(CancellationTokenSource aborted) : IHttpRequestLifetimeFeature
    {
        public bool Dropped { get; private set; }

        public CancellationToken RequestAborted
        {
            get => aborted.Token;
            set { }
        }

        public void Abort()
        {
            Dropped = true;
            aborted.Cancel();
        }
    }
}
