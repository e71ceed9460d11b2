using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Auth;
using Formbricks.Contracts.Fakes.Endpoints;
using Formbricks.Contracts.Fakes.Http;
using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes.Hosting;

/// <summary>The one middleware of the fake server: journal, routing, faults, auth, body, validation, rate limit, handler, catch-all.</summary>
internal sealed class FakePipeline
{
    /// <summary><c>DEFAULT_REQUEST_BODY_LIMIT_BYTES</c>: 2 MiB.</summary>
    public const int BodyLimit = 2 * 1024 * 1024;

    private const int DrainLimit = 64 * 1024 * 1024;
    private readonly ServerState _state;

    public FakePipeline(ServerState state)
    {
        _state = state;
    }

    public async Task InvokeAsync(HttpContext http)
    {
        var timestamp = _state.Clock.GetUtcNow();
        var request = http.Request;
        var path = request.Path.Value ?? "/";
        var (operation, values, methodMismatch) = _state.Router.Match(request.Method, path);
        var family = operation?.Family ?? GuessFamily(path);
        byte[] bodyBytes = [];
        var recorded = false;

        // The entry is recorded before the answer leaves, so a client that got its answer finds it in the journal.
        // Bodies stay UTF-8 (the answer's own bytes, no copy) and headers a flat array until the journal's API reads them.
        void Record(FakeResult? answered)
        {
            recorded = true;
            _state.Journal.Record(new JournalEntry(
                request.Method.ToUpperInvariant(),
                path,
                request.QueryString.Value ?? "",
                JournalEntry.CopyHeaders(request.Headers),
                bodyBytes,
                answered?.Status ?? 0,
                timestamp,
                operation?.OperationId,
                answered?.ContentType,
                answered?.Utf8Body ?? []));
        }

        try
        {
            var (bytes, tooLarge) = await ReadBodyAsync(http, http.RequestAborted).ConfigureAwait(false);
            bodyBytes = bytes;
            var bodyText = bytes.Length == 0 ? "" : Encoding.UTF8.GetString(bytes);
            var result = RequestLine.IsTooLong(http)
                ? RequestLine.TooLong()
                : path.Length > 1 && path.EndsWith('/')
                ? TrailingSlashRedirect(http)
                : operation is null
                    ? Unmatched(request.Method, methodMismatch, family, _state.Router.MethodsOf(path))
                    : await RunAsync(http, operation, values, bodyText, tooLarge).ConfigureAwait(false);
            Record(result);
            if (result is null)
            {
                http.Abort();
                return;
            }

            await WriteAsync(http, result, family).ConfigureAwait(false);
        }
        catch (Exception) when (!http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
        {
            var error = Errors.ForStatus(family, 500);
            if (!recorded)
            {
                Record(error);
            }

            await WriteAsync(http, error, family).ConfigureAwait(false);
        }
        finally
        {
            if (!recorded)
            {
                Record(null);
            }
        }
    }

    private async Task<FakeResult?> RunAsync(HttpContext http, Operation operation, Dictionary<string, string> values, string bodyText, bool tooLarge)
    {
        var family = operation.Family;
        var faultRequest = new FaultRequest(operation.OperationId, operation.Method, operation.Template, http.Request.Query, http.Request.Headers, bodyText);
        if (_state.Faults.Take(faultRequest) is { } fault)
        {
            switch (fault.Kind)
            {
                case FaultKind.Drop:
                    return null;
                case FaultKind.Hang:
                    await HangAsync(http.RequestAborted).ConfigureAwait(false);
                    return null;
                case FaultKind.Status or FaultKind.Malformed:
                    var answer = fault.Body is null ? Errors.ForStatus(family, fault.Status) : new FakeResult(fault.Status, fault.ContentType, fault.Body);
                    return fault.Headers.Count == 0 ? answer : answer with { Headers = Merge(answer.Headers, fault.Headers) };
                case FaultKind.Delay:
                    await Task.Delay(fault.Delay, http.RequestAborted).ConfigureAwait(false);
                    break;
            }
        }

        var context = new RequestContext
        {
            Http = http, Operation = operation, Route = values, Data = _state.Data, Clock = _state.Clock, Options = _state.Options, Links = _state.Links,
        };
        if (operation.NeedsApiKey)
        {
            context.Key = ApiKeyPrincipal.Authenticate(http.Request, _state.Data);
            if (context.Key is null)
            {
                return family == ApiFamily.V2Management ? Errors.V2(401) : Errors.V1NotAuthenticated();
            }
        }

        if (operation.HasBody)
        {
            if (tooLarge)
            {
                return TooLarge(family);
            }

            var parsed = JsJson.Parse(bodyText, out var body);
            if (parsed == JsJsonResult.TooDeep)
            {
                return family == ApiFamily.V2Management ? Errors.V2(400, ("error", JsJson.TooDeepIssue)) : Errors.V1BadRequest(JsJson.TooDeepIssue);
            }

            if (parsed == JsJsonResult.Malformed)
            {
                return family switch
                {
                    ApiFamily.V2Management => Errors.V2(400, ("error", Errors.MalformedJson)),
                    ApiFamily.V2Client => Errors.V1BadRequest("Invalid JSON in request body"),
                    _ => Errors.V1BadRequest(Errors.MalformedJson),
                };
            }

            context.Body = body;
        }

        if (operation.Validate?.Invoke(context) is { } invalid)
        {
            return invalid;
        }

        if (context.Key is { } key && !_state.Faults.RateLimit.TryAcquire(family == ApiFamily.V2Management ? "api.v2" : "api.v1", key.Key))
        {
            return family == ApiFamily.V2Management ? Errors.V2(429) : Errors.V1TooManyRequests();
        }

        return await operation.Handle(context).ConfigureAwait(false);
    }

    /// <summary>Waits until the client gives up (the request is aborted).</summary>
    private static async Task HangAsync(CancellationToken aborted)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client cancelled or timed out: the connection goes unanswered.
        }
    }

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string>? first, IReadOnlyDictionary<string, string> second)
    {
        var merged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in (first ?? new Dictionary<string, string>()).Concat(second))
        {
            merged[name] = value;
        }

        return merged;
    }

    private static FakeResult TooLarge(ApiFamily family) =>
        family == ApiFamily.V2Management ? Errors.V2(413) : Errors.V1(413, "payload_too_large", "Payload Too Large");

    private static FakeResult Unmatched(string method, bool methodMismatch, ApiFamily family, IReadOnlyCollection<string> methods)
    {
        if (methodMismatch && HttpMethods.IsOptions(method) && family is ApiFamily.V1Client or ApiFamily.V2Client)
        {
            return FakeResult.Data(new JsonObject()) with
            {
                Headers = new Dictionary<string, string> { ["Cache-Control"] = "public, s-maxage=3600, max-age=3600" },
            };
        }

        // A route handler without its own OPTIONS export: Next.js answers 204 with the methods it exports (behaviour §7).
        if (methodMismatch && HttpMethods.IsOptions(method))
        {
            return new FakeResult(204, "text/plain", "") { Headers = new Dictionary<string, string> { ["Allow"] = AllowHeader(methods) } };
        }

        return methodMismatch ? new FakeResult(405, "text/plain", "") : Errors.ForStatus(family, 404);
    }

    /// <summary>Next.js's <c>Allow</c>: the exported methods, <c>HEAD</c> where there is <c>GET</c>, and <c>OPTIONS</c>, sorted.</summary>
    private static string AllowHeader(IReadOnlyCollection<string> methods)
    {
        var allow = new SortedSet<string>(methods.Select(m => m.ToUpperInvariant()), StringComparer.Ordinal) { "OPTIONS" };
        if (allow.Contains("GET"))
        {
            allow.Add("HEAD");
        }

        return string.Join(", ", allow);
    }

    /// <summary>
    /// Next.js without <c>trailingSlash</c> answers a slash-terminated URL with 308 to the slash-less one (behaviour §1.4),
    /// keeping the path as the client encoded it (<c>%C3%A9</c>, <c>%25</c>): the location is cut from the raw request
    /// target, never rebuilt from the decoded path.
    /// </summary>
    private static FakeResult TrailingSlashRedirect(HttpContext http)
    {
        var encodedPath = RequestLine.EncodedPath(http);
        return new FakeResult(308, "text/plain", "")
        {
            Headers = new Dictionary<string, string> { ["Location"] = encodedPath.TrimEnd('/') + http.Request.QueryString.Value },
        };
    }

    private static ApiFamily GuessFamily(string path) =>
        path.StartsWith("/api/v2/management", StringComparison.OrdinalIgnoreCase) ? ApiFamily.V2Management
        : path.StartsWith("/api/v2/client", StringComparison.OrdinalIgnoreCase) ? ApiFamily.V2Client
        : path.StartsWith("/api/v1/client", StringComparison.OrdinalIgnoreCase) ? ApiFamily.V1Client
        : path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) ? ApiFamily.V1Management
        : ApiFamily.Page;

    private static async Task<(byte[] Bytes, bool TooLarge)> ReadBodyAsync(HttpContext http, CancellationToken cancellationToken)
    {
        // A host that read the body already (DirectRequest) hands it over: no second read, no copy.
        if (http.Features.Get<BufferedRequestBody>() is { } buffered)
        {
            return buffered.Bytes.Length > BodyLimit ? (buffered.Bytes[..(BodyLimit + 1)], true) : (buffered.Bytes, false);
        }

        var request = http.Request;
        if (request.ContentLength is 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            return ([], false);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (total < BodyLimit + 1)
            {
                buffer.Write(chunk, 0, (int)Math.Min(read, BodyLimit + 1 - total));
            }

            total += read;
            if (total > DrainLimit)
            {
                break;
            }
        }

        return (buffer.ToArray(), total > BodyLimit);
    }

    private static async Task WriteAsync(HttpContext http, FakeResult result, ApiFamily family)
    {
        var response = http.Response;
        response.StatusCode = result.Status;
        response.ContentType = result.ContentType;
        // v2's responses and v1's successResponse (management and client API alike) set it.
        if (family == ApiFamily.V2Management || (family != ApiFamily.Page && result.Status is >= 200 and < 300))
        {
            response.Headers.CacheControl = "private, no-store";
        }

        if ((family == ApiFamily.V2Management && result.Status == 200) || family is ApiFamily.V1Client or ApiFamily.V2Client)
        {
            response.Headers.AccessControlAllowOrigin = "*";
        }

        if (result.Headers is { } headers)
        {
            foreach (var (name, value) in headers)
            {
                response.Headers[name] = value;
            }
        }

        await response.Body.WriteAsync(result.Utf8Body, http.RequestAborted).ConfigureAwait(false);
    }
}
