using BenchmarkDotNet.Attributes;
using Formbricks.Contracts.Benchmarks.Api;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// 2. Throughput of a list call (GET v2/management/surveys?limit=50) against one started fake server:
/// the generated client's GetSurveysAsync and a raw HttpClient, one caller at a time and <see cref="Callers"/>
/// parallel callers (each making <see cref="CallsPerCaller"/> calls; the mean is per call, so ops/s = 1 / mean).
/// </summary>
[MemoryDiagnoser]
public class ListCallBenchmarks
{
    public const int Callers = 8;
    public const int CallsPerCaller = 8;
    private const int ConcurrentOps = Callers * CallsPerCaller;
    private const string ListPath = "v2/management/surveys?limit=50";

    private FakeFormbricksServer _server = null!;
    private HttpClient _raw = null!;
    private HttpClient _generatedHttp = null!;
    private FormbricksClient _client = null!;

    [Params(FakeHosting.InMemory, FakeHosting.Http)]
    public FakeHosting Hosting { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = Hosting }).ConfigureAwait(false);
        _raw = _server.CreateClient();
        _generatedHttp = _server.CreateClient(null);
        _client = new FormbricksClient(_generatedHttp, new FormbricksClientOptions { ApiKey = _server.ApiKey });
        var page = await _client.GetSurveysAsync(limit: 50).ConfigureAwait(false);
        Console.WriteLine($"// list call returns {page.Data.Count} surveys (meta.total = {page.Meta.Total})");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        _generatedHttp.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient, 1 caller")]
    public async Task<int> Raw()
    {
        // The journal records every request; cleared so that a long run does not measure a growing list.
        _server.Journal.Clear();
        return await RawCallAsync().ConfigureAwait(false);
    }

    [Benchmark(Description = "generated GetSurveysAsync, 1 caller")]
    public async Task<int> Generated()
    {
        _server.Journal.Clear();
        return await GeneratedCallAsync().ConfigureAwait(false);
    }

    [Benchmark(OperationsPerInvoke = ConcurrentOps, Description = "raw HttpClient, 8 parallel callers (per call)")]
    public Task RawConcurrent()
    {
        _server.Journal.Clear();
        return Parallel(RawCallAsync);
    }

    [Benchmark(OperationsPerInvoke = ConcurrentOps, Description = "generated GetSurveysAsync, 8 parallel callers (per call)")]
    public Task GeneratedConcurrent()
    {
        _server.Journal.Clear();
        return Parallel(GeneratedCallAsync);
    }

    private static Task Parallel(Func<Task<int>> call)
    {
        var callers = new Task[Callers];
        for (var i = 0; i < Callers; i++)
        {
            callers[i] = Task.Run(async () =>
            {
                for (var j = 0; j < CallsPerCaller; j++)
                {
                    await call().ConfigureAwait(false);
                }
            });
        }

        return Task.WhenAll(callers);
    }

    private async Task<int> RawCallAsync()
    {
        using var response = await _raw.GetAsync(ListPath).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return body.Length;
    }

    private async Task<int> GeneratedCallAsync()
    {
        var page = await _client.GetSurveysAsync(limit: 50).ConfigureAwait(false);
        return page.Data.Count;
    }
}
