using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Formbricks.Contracts.Fakes;
using Formbricks.Contracts.Fakes.WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// 6. The fake inside WireMock.Net (<c>Formbricks.Contracts.Fakes.WireMock</c>) against the fake on its own Kestrel,
/// the same list call (GET v2/management/surveys?limit=10) over real HTTP, one caller and 8 parallel callers; each
/// category's baseline is Kestrel. Target: WireMock at least 0.7x Kestrel's throughput (a ratio of the mean at most 1.43).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WireMockListCallBenchmarks
{
    private const int Callers = 8;
    private const int CallsPerCaller = 8;
    private const string ListPath = "v2/management/surveys?limit=10";

    private FakeFormbricksServer _kestrel = null!;
    private FormbricksWireMock _wireMock = null!;
    private FormbricksWireMock _bare = null!;
    private HttpClient _kestrelClient = null!;
    private HttpClient _wireMockClient = null!;
    private HttpClient _bareClient = null!;
    private WireMockServer _static = null!;
    private HttpClient _staticClient = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _kestrel = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http }).ConfigureAwait(false);
        _kestrelClient = _kestrel.CreateClient();
        _wireMock = FormbricksWireMock.Start();
        _wireMockClient = ClientOf(_wireMock);
        // Without the admin interface: WireMock.Net then matches each request against one mapping, not its admin ones too.
        _bare = FormbricksWireMock.Start(startAdminInterface: false);
        _bareClient = ClientOf(_bare);
        // WireMock.Net's own floor: the same server kind (admin interface on) answering the fake's bytes from a static
        // mapping, no Formbricks.Contracts code per request. What the fake inside WireMock.Net costs above it is ours.
        var bytes = await (await _kestrelClient.GetAsync(ListPath).ConfigureAwait(false)).Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        _static = WireMockServer.StartWithAdminInterface();
        _static.Given(Request.Create().WithPath("/api/v2/management/surveys").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(bytes));
        _staticClient = ApiClientOf(_static);
        Console.WriteLine($"// Kestrel answers {await CallAsync(_kestrelClient).ConfigureAwait(false)} bytes, WireMock.Net {await CallAsync(_wireMockClient).ConfigureAwait(false)} bytes");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _kestrelClient.Dispose();
        _wireMockClient.Dispose();
        _bareClient.Dispose();
        _staticClient.Dispose();
        _static.Stop();
        _static.Dispose();
        _wireMock.Dispose();
        _bare.Dispose();
        await _kestrel.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Both keep every request (the fake's journal; WireMock.Net's log entries too): forgotten before each call, as
    /// <see cref="ListCallBenchmarks"/> does, so no run measures a growing list.
    /// </summary>
    private void ForgetLogs()
    {
        _kestrel.Journal.Clear();
        _wireMock.Journal.Clear();
        _wireMock.Server.ResetLogEntries();
        _bare.Journal.Clear();
        _bare.Server.ResetLogEntries();
        _static.ResetLogEntries();
    }

    [Benchmark(Baseline = true, Description = "Kestrel fake")]
    [BenchmarkCategory("1 caller")]
    public Task<int> Kestrel()
    {
        ForgetLogs();
        return CallAsync(_kestrelClient);
    }

    [Benchmark(Description = "WireMock.Net + Fakes.WireMock")]
    [BenchmarkCategory("1 caller")]
    public Task<int> WireMock()
    {
        ForgetLogs();
        return CallAsync(_wireMockClient);
    }

    [Benchmark(Description = "WireMock.Net + Fakes.WireMock, no admin interface")]
    [BenchmarkCategory("1 caller")]
    public Task<int> WireMockWithoutAdmin()
    {
        ForgetLogs();
        return CallAsync(_bareClient);
    }

    [Benchmark(Description = "WireMock.Net alone, static bytes (its floor)")]
    [BenchmarkCategory("1 caller")]
    public Task<int> WireMockStatic()
    {
        ForgetLogs();
        return CallAsync(_staticClient);
    }

    [Benchmark(OperationsPerInvoke = Callers * CallsPerCaller, Description = "WireMock.Net alone, static bytes (its floor)")]
    [BenchmarkCategory("8 parallel callers (per call)")]
    public Task WireMockStaticParallel()
    {
        ForgetLogs();
        return ParallelAsync(_staticClient);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Callers * CallsPerCaller, Description = "Kestrel fake")]
    [BenchmarkCategory("8 parallel callers (per call)")]
    public Task KestrelParallel()
    {
        ForgetLogs();
        return ParallelAsync(_kestrelClient);
    }

    [Benchmark(OperationsPerInvoke = Callers * CallsPerCaller, Description = "WireMock.Net + Fakes.WireMock")]
    [BenchmarkCategory("8 parallel callers (per call)")]
    public Task WireMockParallel()
    {
        ForgetLogs();
        return ParallelAsync(_wireMockClient);
    }

    /// <summary>A client of a WireMock.Net server alone, its base address at <c>{Url}api/</c>.</summary>
    internal static HttpClient ApiClientOf(WireMockServer server) => new() { BaseAddress = new Uri(server.Url!.TrimEnd('/') + "/api/") };

    /// <summary>A client of the WireMock.Net-hosted fake, with its base address and key.</summary>
    internal static HttpClient ClientOf(FormbricksWireMock server)
    {
        var client = new HttpClient { BaseAddress = server.ApiUrl };
        client.DefaultRequestHeaders.Add("x-api-key", server.ApiKey);
        return client;
    }

    [Benchmark(OperationsPerInvoke = Callers * CallsPerCaller, Description = "WireMock.Net + Fakes.WireMock, no admin interface")]
    [BenchmarkCategory("8 parallel callers (per call)")]
    public Task WireMockWithoutAdminParallel()
    {
        ForgetLogs();
        return ParallelAsync(_bareClient);
    }

    private static Task ParallelAsync(HttpClient client)
    {
        var callers = new Task[Callers];
        for (var i = 0; i < Callers; i++)
        {
            callers[i] = Task.Run(async () =>
            {
                for (var j = 0; j < CallsPerCaller; j++)
                {
                    await CallAsync(client).ConfigureAwait(false);
                }
            });
        }

        return Task.WhenAll(callers);
    }

    private static async Task<int> CallAsync(HttpClient client)
    {
        using var response = await client.GetAsync(ListPath).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false)).Length;
    }
}

/// <summary>
/// 6b. Start plus first request plus stop, warm (JIT done by the warm-up): <c>FakeFormbricksServer.StartAsync</c> on
/// Kestrel against <c>FormbricksWireMock.Start()</c>, each then GET v2/management/surveys?limit=10 with a new client.
/// Target: WireMock within 2x (a ratio of at most 2).
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class WireMockStartupBenchmarks
{
    [Benchmark(Baseline = true, Description = "Kestrel fake: start + first request + stop")]
    public async Task<int> Kestrel()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http }).ConfigureAwait(false);
        using var client = server.CreateClient();
        return await FirstAsync(client).ConfigureAwait(false);
    }

    [Benchmark(Description = "WireMock.Net + Fakes.WireMock: start + first request + stop")]
    public async Task<int> WireMock()
    {
        using var server = FormbricksWireMock.Start();
        using var client = WireMockListCallBenchmarks.ClientOf(server);
        return await FirstAsync(client).ConfigureAwait(false);
    }

    [Benchmark(Description = "WireMock.Net alone (admin interface, one static mapping): start + first request + stop")]
    public async Task<int> WireMockAlone()
    {
        using var server = WireMockServer.StartWithAdminInterface();
        server.Given(Request.Create().WithPath("/api/v2/management/surveys").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("{}"));
        using var client = WireMockListCallBenchmarks.ApiClientOf(server);
        return await FirstAsync(client).ConfigureAwait(false);
    }

    private static async Task<int> FirstAsync(HttpClient client)
    {
        using var response = await client.GetAsync("v2/management/surveys?limit=10").ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false)).Length;
    }
}
