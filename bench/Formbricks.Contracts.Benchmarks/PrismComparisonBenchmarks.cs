using BenchmarkDotNet.Attributes;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// 5. The same list call (GET /v2/management/surveys?limit=50, raw HttpClient, same handler settings, x-api-key)
/// against the fake over Kestrel (baseline) and against Prism's mock server, both real HTTP on 127.0.0.1.
/// The fake's routes sit under /api (the spec's server URL); Prism's at its root.
/// </summary>
[MemoryDiagnoser]
public class PrismComparisonBenchmarks
{
    private const string ListPath = "v2/management/surveys?limit=50";

    private FakeFormbricksServer _fake = null!;
    private PrismProcess _prism = null!;
    private HttpClient _fakeHttp = null!;
    private HttpClient _prismHttp = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _fake = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http }).ConfigureAwait(false);
        _prism = await PrismProcess.StartAsync(RepositoryRoot.CanonicalSpec).ConfigureAwait(false);
        _fakeHttp = Client(_fake.ApiUrl, _fake.ApiKey);
        _prismHttp = Client(_prism.Url, "fbk_benchmark");
        Console.WriteLine($"// fake: {_fake.ApiUrl}{ListPath} -> {(await CallAsync(_fakeHttp).ConfigureAwait(false)):N0} bytes");
        Console.WriteLine($"// prism: {_prism.Url}{ListPath} -> {(await CallAsync(_prismHttp).ConfigureAwait(false)):N0} bytes");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _fakeHttp.Dispose();
        _prismHttp.Dispose();
        _prism.Dispose();
        await _fake.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark(Baseline = true, Description = "fake over Kestrel")]
    public Task<int> Fake()
    {
        _fake.Journal.Clear();
        return CallAsync(_fakeHttp);
    }

    [Benchmark(Description = "Prism 5 mock")]
    public Task<int> Prism() => CallAsync(_prismHttp);

    /// <summary>The same settings as FakeFormbricksServer.CreateClient() uses for FakeHosting.Http.</summary>
    private static HttpClient Client(Uri baseAddress, string apiKey)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Add("x-api-key", apiKey);
        return client;
    }

    private static async Task<int> CallAsync(HttpClient http)
    {
        using var response = await http.GetAsync(ListPath).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return body.Length;
    }
}
