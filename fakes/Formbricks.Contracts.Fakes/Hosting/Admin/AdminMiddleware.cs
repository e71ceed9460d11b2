using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>
/// In front of the fake's pipeline when <see cref="FakeFormbricksOptions.AdminApi"/> is on: <c>/__admin/…</c> (WireMock
/// compatible) and <c>/__formbricks/…</c> are answered here, without an API key and outside the journal; other
/// requests go to the first matching stub mapping, else to the fake. Every non-admin request is logged for
/// <c>GET /__admin/requests</c>.
/// </summary>
internal sealed class AdminMiddleware
{
    /// <summary>The journal entry the fake records for the request in flight (the journal's event fills it).</summary>
    private static readonly AsyncLocal<JournalSlot?> Slot = new();

    private readonly ServerState _state;
    private readonly FakePipeline _pipeline;
    private readonly WireMockAdmin _wireMock;
    private readonly FormbricksAdmin _formbricks;

    public AdminMiddleware(ServerState state, FakePipeline pipeline, AdminState admin, Func<ServerDescription> describe)
    {
        _state = state;
        _pipeline = pipeline;
        Admin = admin;
        _wireMock = new WireMockAdmin(admin);
        _formbricks = new FormbricksAdmin(state, admin, describe);
        state.Journal.Recorded += (_, entry) =>
        {
            if (Slot.Value is { } slot)
            {
                slot.Entry = entry;
            }
        };
    }

    public AdminState Admin { get; }

    public async Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        if (IsUnder(path, WireMockAdmin.Prefix))
        {
            await _wireMock.HandleAsync(http).ConfigureAwait(false);
            return;
        }

        if (IsUnder(path, FormbricksAdmin.Prefix))
        {
            await _formbricks.HandleAsync(http).ConfigureAwait(false);
            return;
        }

        var received = DateTime.UtcNow;
        var request = http.Request;
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        var headers = request.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.Select(v => v ?? "").ToArray())).ToList();
        var mappings = Admin.Mappings;
        var body = mappings.Any(m => m.NeedsBody) ? await ReadBufferedAsync(request, http.RequestAborted).ConfigureAwait(false) : null;
        var stub = new StubRequest(request, body ?? RequestBody.Empty);
        foreach (var mapping in mappings)
        {
            // The scenario's state is checked and moved in one step: of parallel requests, one makes a given move.
            if (mapping.Matches(stub) && Admin.Scenarios.TryEnter(mapping.Scenario))
            {
                if (body is null)
                {
                    stub = stub with { Body = new RequestBody(await new StreamReader(request.Body).ReadToEndAsync(http.RequestAborted).ConfigureAwait(false)) };
                }

                var answer = mapping.Answer;
                var answerBody = answer.Body(stub);
                var answerHeaders = answer.Headers(stub).ToList();
                // Logged before the answer leaves, so a client that got its answer finds it in the log.
                Admin.Log(new LoggedRequest(Guid.NewGuid(), received, url, request.Method, path, request.QueryString.Value ?? "", headers,
                    [.. answerHeaders.Select(h => KeyValuePair.Create(h.Key, new[] { h.Value }))], null, mapping, stub.Body.Text, mapping.Status, answerBody),
                    _state.Journal.Capacity);
                await AnswerAsync(http, mapping, answerHeaders, answerBody).ConfigureAwait(false);
                return;
            }
        }

        var slot = new JournalSlot();
        var logged = 0;
        void LogOnce()
        {
            if (Interlocked.Exchange(ref logged, 1) == 0)
            {
                var answered = http.Response.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.Select(v => v ?? "").ToArray())).ToList();
                Admin.Log(new LoggedRequest(Guid.NewGuid(), received, url, request.Method, path, request.QueryString.Value ?? "", headers,
                    answered, slot.Entry, null, "", http.Response.StatusCode), _state.Journal.Capacity);
            }
        }

        // Logged as the answer starts (its status and headers set, the journal entry recorded), before it leaves;
        // an answer that never starts (a dropped connection, a hang) is logged when the pipeline returns.
        http.Response.OnStarting(() =>
        {
            LogOnce();
            return Task.CompletedTask;
        });
        Slot.Value = slot;
        try
        {
            await _pipeline.InvokeAsync(http).ConfigureAwait(false);
        }
        finally
        {
            Slot.Value = null;
            LogOnce();
        }
    }

    /// <summary>The body read for the mappings, then rewound so the fake reads it again.</summary>
    private static async Task<RequestBody> ReadBufferedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        request.Body.Position = 0;
        return new RequestBody(text);
    }

    private static async Task AnswerAsync(HttpContext http, StubMapping mapping, List<KeyValuePair<string, string>> headers, string body)
    {
        if (mapping.Delay > TimeSpan.Zero)
        {
            await Task.Delay(mapping.Delay, http.RequestAborted).ConfigureAwait(false);
        }

        http.Response.StatusCode = mapping.Status;
        foreach (var (name, value) in headers)
        {
            http.Response.Headers[name] = value;
        }

        await http.Response.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
    }

    private static bool IsUnder(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (path.Length == prefix.Length || path[prefix.Length] == '/');

    private sealed class JournalSlot
    {
        public JournalEntry? Entry { get; set; }
    }
}
