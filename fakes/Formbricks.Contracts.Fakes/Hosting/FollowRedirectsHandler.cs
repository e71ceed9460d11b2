using System.Net;

namespace Formbricks.Contracts.Fakes.Hosting;

/// <summary>
/// Follows redirects as <see cref="HttpClientHandler"/> does by default (and so <c>IHttpClientFactory</c> clients):
/// up to 50 hops; 307 and 308 repeat the method and body, 303 (and 301/302 after a POST) continue with GET.
/// The in-memory TestServer handler follows none on its own.
/// </summary>
internal sealed class FollowRedirectsHandler : DelegatingHandler
{
    private const int MaxRedirects = 50;

    public FollowRedirectsHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var contentHeaders = request.Content?.Headers.ToList() ?? [];
        var current = request;
        var content = body;
        for (var hop = 0; ; hop++)
        {
            if (content is not null)
            {
                current.Content = new ByteArrayContent(content);
                foreach (var (name, values) in contentHeaders)
                {
                    current.Content.Headers.TryAddWithoutValidation(name, values);
                }
            }

            var response = await base.SendAsync(current, cancellationToken).ConfigureAwait(false);
            if (hop == MaxRedirects || !IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                return response;
            }

            var method = current.Method;
            if (response.StatusCode == HttpStatusCode.SeeOther && method != HttpMethod.Head
                || response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && method == HttpMethod.Post)
            {
                method = HttpMethod.Get;
                content = null;
            }

            var next = new HttpRequestMessage(method, location.IsAbsoluteUri ? location : new Uri(current.RequestUri!, location)) { Version = current.Version };
            foreach (var (name, values) in current.Headers)
            {
                next.Headers.TryAddWithoutValidation(name, values);
            }

            response.Dispose();
            if (!ReferenceEquals(current, request))
            {
                current.Dispose();
            }

            current = next;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
