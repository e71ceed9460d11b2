using BenchmarkDotNet.Attributes;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// 1. A fresh fake server: StartAsync (seeding with the default options) + one GET v2/management/surveys + DisposeAsync.
/// Warm: BenchmarkDotNet's warm-up iterations have already JIT-compiled everything in this process.
/// </summary>
[MemoryDiagnoser]
public class StartupBenchmarks
{
    [Params(FakeHosting.InMemory, FakeHosting.Http)]
    public FakeHosting Hosting { get; set; }

    [Benchmark(Description = "StartAsync + GET surveys + DisposeAsync")]
    public async Task<int> StartFirstRequestDispose()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = Hosting }).ConfigureAwait(false);
        using var http = server.CreateClient();
        using var response = await http.GetAsync("v2/management/surveys").ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return body.Length;
    }
}
