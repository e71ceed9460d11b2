using BenchmarkDotNet.Attributes;
using Formbricks.Contracts.Fakes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// 2b. The fake's list call over Kestrel (GET v2/management/surveys?limit=10, key checked, query validated, page
/// written from the state, journal at its default bound) against WireMock.Net.Minimal on Kestrel answering the same
/// bytes from a static mapping: one caller, and <see cref="ListCallBenchmarks.Callers"/> parallel callers (per call).
/// </summary>
[MemoryDiagnoser]
public class FakeVsWireMockBenchmarks
{
    private const string ListPath = "v2/management/surveys?limit=10";

    private FakeFormbricksServer _fake = null!;
    private WireMockServer _wireMock = null!;
    private HttpClient _fakeHttp = null!;
    private HttpClient _wireMockHttp = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _fake = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http }).ConfigureAwait(false);
        _fakeHttp = _fake.CreateClient();
        var body = await _fakeHttp.GetByteArrayAsync(ListPath).ConfigureAwait(false);

        _wireMock = WireMockServer.Start();
        _wireMock.Given(Request.Create().WithPath("/api/v2/management/surveys").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
        _wireMockHttp = _fake.CreateClient();
        _wireMockHttp.BaseAddress = new Uri(_wireMock.Url + "/api/");
        var same = await _wireMockHttp.GetByteArrayAsync(ListPath).ConfigureAwait(false);
        Console.WriteLine($"// list call: {body.Length:N0} bytes from the fake, {same.Length:N0} from WireMock.Net");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _fakeHttp.Dispose();
        _wireMockHttp.Dispose();
        _wireMock.Stop();
        _wireMock.Dispose();
        await _fake.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark(Baseline = true, Description = "WireMock.Net, static bytes, 1 caller")]
    public Task<int> WireMock() => CallAsync(_wireMockHttp);

    [Benchmark(Description = "fake, 1 caller")]
    public Task<int> Fake() => CallAsync(_fakeHttp);

    [Benchmark(OperationsPerInvoke = ListCallBenchmarks.Callers * ListCallBenchmarks.CallsPerCaller, Description = "WireMock.Net, static bytes, 8 callers (per call)")]
    public Task WireMockConcurrent() => ParallelAsync(_wireMockHttp);

    [Benchmark(OperationsPerInvoke = ListCallBenchmarks.Callers * ListCallBenchmarks.CallsPerCaller, Description = "fake, 8 callers (per call)")]
    public Task FakeConcurrent() => ParallelAsync(_fakeHttp);

    private static Task ParallelAsync(HttpClient http) =>
        Task.WhenAll(Enumerable.Range(0, ListCallBenchmarks.Callers).Select(_ => Task.Run(async () =>
        {
            for (var j = 0; j < ListCallBenchmarks.CallsPerCaller; j++)
            {
                await CallAsync(http).ConfigureAwait(false);
            }
        })));

    private static async Task<int> CallAsync(HttpClient http)
    {
        using var response = await http.GetAsync(ListPath).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return body.Length;
    }
}
