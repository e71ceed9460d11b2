using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Formbricks.Contracts.Conformance;

namespace Formbricks.Contracts.Verify.Execution;

/// <summary>Sends verify's requests within the bounds (<c>--max-requests</c>, <c>--time-limit</c>) and records each answer.</summary>
internal sealed class RequestSender(HttpClient http, VerifyOptions options)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public int Count { get; private set; }

    /// <summary><c>max-requests</c> or <c>time-limit</c> once a bound was reached.</summary>
    public string? StoppedBy { get; private set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool CanSend
    {
        get
        {
            if (StoppedBy is null && Count >= options.MaxRequests)
            {
                StoppedBy = "max-requests";
            }
            else if (StoppedBy is null && _clock.Elapsed >= options.TimeLimit)
            {
                StoppedBy = "time-limit";
            }

            return StoppedBy is null;
        }
    }

    /// <summary>Sends the request; <see langword="null"/> when a bound stops the run.</summary>
    /// <exception cref="ServerUnreachableException">No answer at all.</exception>
    public async Task<HttpExchange?> SendAsync(VerifyRequest request, CancellationToken cancellationToken)
    {
        if (!CanSend)
        {
            return null;
        }

        Count++;
        var url = options.BaseUrl.AbsoluteUri.TrimEnd('/') + request.Path + VerifyRequest.QueryText(request.QueryWithKey(options.ApiKey));
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), url);
        foreach (var (name, value) in request.HeadersWithKey(options.ApiKey))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        try
        {
            using var response = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                headers[name] = string.Join(", ", values);
            }

            return new HttpExchange(request.Method, request.PathAndQuery, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body)
            {
                ResponseHeaders = headers,
            };
        }
        catch (HttpRequestException exception)
        {
            throw new ServerUnreachableException($"{request.Method} {url.Replace(options.ApiKey ?? "\0", "***", StringComparison.Ordinal)}: no answer ({exception.Message})", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ServerUnreachableException($"{request.Method} {options.BaseUrl}: no answer within {http.Timeout.TotalSeconds:0} s", exception);
        }
    }
}
