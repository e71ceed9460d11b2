using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Formbricks.Contracts.Fakes.Hosting;
using Formbricks.Contracts.Fakes.Hosting.Admin;

namespace Formbricks.Contracts.Fakes;

/// <summary>
/// A fake Formbricks server for test suites: the real routes, envelopes, status codes, check order and error bodies,
/// served from seeded, deterministic state. Start one with <see cref="StartAsync"/>, dispose it when done.
/// </summary>
/// <example><code>
/// await using var server = await FakeFormbricksServer.StartAsync();
/// using var client = server.CreateClient();
/// var surveys = await client.GetStringAsync("v2/management/surveys");
/// </code></example>
public sealed class FakeFormbricksServer : IAsyncDisposable, IDisposable
{
    private readonly WebApplication _app;
    private readonly ServerState _state;
    private readonly AdminState? _admin;
    private int _disposed;

    private FakeFormbricksServer(WebApplication app, ServerState state, Uri url, AdminState? admin)
    {
        _app = app;
        _state = state;
        _admin = admin;
        Url = url;
        Links = new FakeLinks(state.Links, () => CreateClient());
    }

    /// <summary>The server root, e.g. <c>http://127.0.0.1:5080/</c> (in memory: <c>http://localhost/</c>).</summary>
    public Uri Url { get; }

    /// <summary>The API base, <c>{Url}api/</c>: spec paths such as <c>v2/management/surveys</c> are relative to it.</summary>
    public Uri ApiUrl => new(Url, "api/");

    /// <summary>A <c>fbk_…</c> key with manage permission on <see cref="SeededIds.EnvironmentId"/>.</summary>
    public string ApiKey => _state.ApiKey;

    /// <summary>The options the server was started with.</summary>
    public FakeFormbricksOptions Options => _state.Options;

    /// <summary>The ids of the seeded data.</summary>
    public SeededIds Seeded => _state.Seeded;

    /// <summary>The clock all server time comes from.</summary>
    public FakeClock Clock => _state.Clock;

    /// <summary>Every request received.</summary>
    public FakeJournal Journal => _state.Journal;

    /// <summary>Injected failures and the rate limit.</summary>
    public FakeFaults Faults => _state.Faults;

    /// <summary>The server's data, to read and to add to.</summary>
    public FakeData Data => _state.Data;

    /// <summary>Makes and opens survey links.</summary>
    public FakeLinks Links { get; }

    /// <summary>Starts a server, in memory by default.</summary>
    /// <param name="options">Options; <see langword="null"/> for the defaults (seed 42, in memory).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<FakeFormbricksServer> StartAsync(FakeFormbricksOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FakeFormbricksOptions();
        var state = ServerState.Create(options);
        // The empty builder reads no appsettings.json, environment variables or command line: nothing of the test
        // process's configuration can change the fake (no logging providers either).
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(FakeFormbricksServer).Assembly.GetName().Name });
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        if (options.Hosting == FakeHosting.InMemory)
        {
            builder.WebHost.UseTestServer();
        }
        else
        {
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.Listen(IPAddress.Loopback, options.Port);
                // The fake applies the real 2 MiB rule itself (413 in the family's shape); Kestrel's own 30 MB
                // limit would otherwise fail the body read and end as a 500.
                kestrel.Limits.MaxRequestBodySize = null;
                // Node takes a request line of about 16 KiB (Kestrel stops at 8 KiB with 414); the fake's own check
                // (RequestLine) answers beyond that, the same in memory and over HTTP.
                kestrel.Limits.MaxRequestLineSize = RequestLine.KestrelLimit;
                kestrel.Limits.MaxRequestHeadersTotalSize = RequestLine.KestrelLimit + (32 * 1024);
            });
        }

        var app = builder.Build();
        var pipeline = new FakePipeline(state);
        Uri? url = null;
        var admin = options.AdminApi ? new AdminState() : null;
        app.Run(admin is null
            ? pipeline.InvokeAsync
            : new AdminMiddleware(state, pipeline, admin, () => new ServerDescription(url!, state.ApiKey, options.Seed, state.Seeded)).InvokeAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        url = options.Hosting == FakeHosting.InMemory
            ? app.GetTestServer().BaseAddress
            : new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        state.Links.PublicUrl = (options.PublicUrl ?? url).ToString().TrimEnd('/');
        return new FakeFormbricksServer(app, state, url, admin);
    }

    /// <summary>An <see cref="HttpClient"/> with <c>BaseAddress = </c><see cref="ApiUrl"/> and the <c>x-api-key</c> header set.</summary>
    /// <returns>A new client; dispose it when done.</returns>
    public HttpClient CreateClient() => CreateClient(ApiKey);

    /// <summary>An <see cref="HttpClient"/> with <c>BaseAddress = </c><see cref="ApiUrl"/> and the given key (or none); it follows redirects.</summary>
    /// <param name="apiKey">The <c>x-api-key</c> value, or <see langword="null"/> for an anonymous client.</param>
    /// <returns>A new client; dispose it when done.</returns>
    public HttpClient CreateClient(string? apiKey) => CreateClient(apiKey, followRedirects: true);

    /// <summary>An <see cref="HttpClient"/> with <c>BaseAddress = </c><see cref="ApiUrl"/> and the given key (or none).</summary>
    /// <param name="apiKey">The <c>x-api-key</c> value, or <see langword="null"/> for an anonymous client.</param>
    /// <param name="followRedirects">
    /// <see langword="true"/> to follow redirects as <c>IHttpClientFactory</c> clients do (e.g. the 308 of a path ending
    /// in <c>/</c>); <see langword="false"/> to see the redirect itself.
    /// </param>
    /// <returns>A new client; dispose it when done.</returns>
    public HttpClient CreateClient(string? apiKey, bool followRedirects)
    {
        var client = new HttpClient(CreateHandler(followRedirects)) { BaseAddress = ApiUrl };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("x-api-key", apiKey);
        }

        return client;
    }

    /// <summary>
    /// A primary handler that reaches this server, in memory or over HTTP, and follows redirects as the default
    /// <c>IHttpClientFactory</c> handler does: <c>services.AddHttpClient("formbricks").ConfigurePrimaryHttpMessageHandler(() =&gt; server.CreateHandler())</c>.
    /// It sets no base address and no API key.
    /// </summary>
    /// <returns>A new handler.</returns>
    public HttpMessageHandler CreateHandler() => CreateHandler(followRedirects: true);

    private HttpMessageHandler CreateHandler(bool followRedirects)
    {
        if (Options.Hosting != FakeHosting.InMemory)
        {
            return new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = followRedirects };
        }

        HttpMessageHandler handler = new ExceptionToHttpRequestExceptionHandler(_app.GetTestServer().CreateHandler());
        return followRedirects ? new FollowRedirectsHandler(handler) : handler;
    }

    /// <summary>
    /// Puts the server back to its start: the seeded data (the same ids as <see cref="Seeded"/>), the clock at its
    /// start, no faults, the rate limit as the options set it with its windows forgotten, an empty journal. Call it
    /// between tests (for example in a test class's constructor when the server is a class fixture), not while
    /// requests are in flight. With <see cref="FakeFormbricksOptions.AdminApi"/> on, the admin API's stub mappings and
    /// request log are cleared too.
    /// </summary>
    public void Reset()
    {
        _state.Reset();
        _admin?.Reset();
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Stops the server, synchronously (for <c>using</c> and test frameworks without async teardown).</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
