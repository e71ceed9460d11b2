using Formbricks.Contracts.Fakes.Hosting;
using Microsoft.Extensions.Primitives;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Formbricks.Contracts.Fakes.WireMock;

/// <summary>
/// The Formbricks behaviour inside a <see cref="WireMockServer"/>: a catch-all mapping at the lowest priority whose
/// answers come from the fake's pipeline, called directly (no second HTTP hop). Mappings of your own with a higher
/// priority (<c>AtPriority(1)</c>) answer first; every other route stays stateful. The data, clock, faults and journal
/// are the same objects as on an in-memory <see cref="FakeFormbricksServer"/>.
/// </summary>
public sealed class FormbricksWireMock : IDisposable
{
    /// <summary>The priority of the catch-all mapping: the lowest there is, so any mapping of yours comes first.</summary>
    public const int CatchAllPriority = int.MaxValue;

    private readonly ServerState _state;
    private readonly bool _ownsServer;

    private FormbricksWireMock(WireMockServer server, ServerState state, bool ownsServer)
    {
        Server = server;
        _state = state;
        _ownsServer = ownsServer;
    }

    /// <summary>The WireMock.Net server the behaviour runs in.</summary>
    public WireMockServer Server { get; }

    /// <summary>The server root, e.g. <c>http://localhost:51234/</c>.</summary>
    public Uri Url => new(Server.Url!.TrimEnd('/') + "/");

    /// <summary>The API base, <c>{Url}api/</c>.</summary>
    public Uri ApiUrl => new(Url, "api/");

    /// <summary>A <c>fbk_…</c> key with manage permission on <see cref="SeededIds.EnvironmentId"/>.</summary>
    public string ApiKey => _state.ApiKey;

    /// <summary>The ids of the seeded data.</summary>
    public SeededIds Seeded => _state.Seeded;

    /// <summary>The clock all server time comes from.</summary>
    public FakeClock Clock => _state.Clock;

    /// <summary>The requests the Formbricks mapping answered (WireMock.Net's <c>LogEntries</c> hold every request).</summary>
    public FakeJournal Journal => _state.Journal;

    /// <summary>Injected failures and the rate limit.</summary>
    public FakeFaults Faults => _state.Faults;

    /// <summary>The server's data.</summary>
    public FakeData Data => _state.Data;

    /// <summary>Starts a WireMock.Net server on a free port with the Formbricks behaviour; disposing the result stops it.</summary>
    /// <param name="options">The fake's options (seed, contacts, …); <see cref="FakeFormbricksOptions.Hosting"/> is ignored.</param>
    /// <param name="startAdminInterface">Whether WireMock.Net's admin interface (<c>/__admin/…</c>) is on.</param>
    /// <returns>The running server and the fake's state.</returns>
    public static FormbricksWireMock Start(FakeFormbricksOptions? options = null, bool startAdminInterface = true)
    {
        var server = startAdminInterface ? WireMockServer.StartWithAdminInterface() : WireMockServer.Start();
        return Add(server, options, ownsServer: true);
    }

    internal static FormbricksWireMock Add(WireMockServer server, FakeFormbricksOptions? options, bool ownsServer)
    {
        ArgumentNullException.ThrowIfNull(server);
        options ??= new FakeFormbricksOptions();
        var state = ServerState.Create(options);
        state.Links.PublicUrl = (options.PublicUrl?.ToString() ?? server.Url!).TrimEnd('/');
        var pipeline = new FakePipeline(state);
        server.Given(Request.Create().UsingAnyMethod())
            .AtPriority(CatchAllPriority)
            .WithTitle("Formbricks (Formbricks.Contracts.Fakes)")
            .RespondWith(Response.Create().WithCallback(request => AnswerAsync(pipeline, request)));
        return new FormbricksWireMock(server, state, ownsServer);
    }

    /// <summary>Puts the fake back to its start (seeded data, clock, faults, rate limit, journal); WireMock.Net's own mappings and log stay.</summary>
    public void Reset() => _state.Reset();

    /// <summary>Stops the WireMock.Net server when <see cref="Start"/> started it.</summary>
    public void Dispose()
    {
        if (_ownsServer)
        {
            Server.Stop();
            Server.Dispose();
        }
    }

    private static async Task<IResponseMessage> AnswerAsync(FakePipeline pipeline, IRequestMessage request)
    {
        // WireMock.Net has read the body already (BodyAsBytes): the pipeline takes that array, it does not read it again.
        var answer = await DirectRequest.HandleAsync(
            pipeline, request.Method, request.AbsolutePath, request.RawQuery ?? "", RequestHeaders(request), request.BodyAsBytes ?? [], CancellationToken.None)
            .ConfigureAwait(false);
        var headers = new Dictionary<string, WireMockList<string>>(answer.Headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in answer.Headers)
        {
            headers[name] = values.Count == 1 ? new WireMockList<string>(values[0] ?? "") : new WireMockList<string>(values.Select(v => v ?? ""));
        }

        // A dropped connection (Dropped) cannot be reproduced from a WireMock.Net callback: it goes out as the empty
        // answer the pipeline left (200, no body); the journal records status 0. fakes/README.md says so.
        // The body is the answer's own array (the bytes the journal keeps too): WireMock.Net writes it, nobody copies it.
        return new ResponseMessage
        {
            StatusCode = answer.Status,
            Headers = headers,
            BodyData = new BodyData { BodyAsBytes = answer.Body, DetectedBodyType = BodyType.Bytes },
        };
    }

    private static IEnumerable<KeyValuePair<string, StringValues>> RequestHeaders(IRequestMessage request)
    {
        if (request.Headers is not { } headers)
        {
            yield break;
        }

        foreach (var (name, values) in headers)
        {
            yield return KeyValuePair.Create(name, values.Count == 1 ? new StringValues(values[0]) : new StringValues([.. values]));
        }
    }
}
