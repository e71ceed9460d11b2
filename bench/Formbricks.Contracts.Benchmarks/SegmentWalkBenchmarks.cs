using BenchmarkDotNet.Attributes;
using Formbricks.Contracts.Benchmarks.Api;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// 3. One walk of a whole segment with the generated client's EnumerateContactLinksBySegmentAsync (limit 250),
/// against an in-memory fake seeded with exactly that many contacts. Time and allocations are per walk and
/// include the fake server's work (it runs in this process: BenchmarkDotNet's allocation count is process-wide).
/// With <see cref="JournalCapacity"/> unset the fake's journal keeps every page body of the walk (about 100 MB at
/// 100,000 contacts); with 4 it keeps four.
/// </summary>
[MemoryDiagnoser]
public class SegmentWalkBenchmarks
{
    public const int PageSize = 250;

    private FakeFormbricksServer _server = null!;
    private HttpClient _http = null!;
    private FormbricksClient _client = null!;
    private string _survey = null!;
    private string _segment = null!;

    [Params(10_000, 100_000)]
    public int SegmentSize { get; set; }

    /// <summary>The journal's capacity: <see langword="null"/> keeps every page (the default), 4 keeps the newest four.</summary>
    [Params(null, 4)]
    public int? JournalCapacity { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var options = Options(SegmentSize);
        options.JournalCapacity = JournalCapacity;
        _server = await FakeFormbricksServer.StartAsync(options).ConfigureAwait(false);
        _http = _server.CreateClient(null);
        _client = new FormbricksClient(_http, new FormbricksClientOptions { ApiKey = _server.ApiKey });
        _survey = _server.Seeded.LinkSurveyId;
        _segment = _server.Seeded.SegmentsBySize[SegmentSize];
        var count = await WalkAsync().ConfigureAwait(false);
        if (count != SegmentSize)
        {
            throw new InvalidOperationException($"walked {count} links, expected {SegmentSize}");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark(Description = "walk segment, limit 250")]
    public Task<int> Walk() => WalkAsync();

    internal static FakeFormbricksOptions Options(int segmentSize) => new()
    {
        ContactCount = segmentSize,
        SegmentSizes = [segmentSize],
    };

    private async Task<int> WalkAsync()
    {
        _server.Journal.Clear();
        var count = 0;
        await foreach (var link in _client.EnumerateContactLinksBySegmentAsync(_survey, _segment, limit: PageSize).ConfigureAwait(false))
        {
            if (link.ContactId.Length > 0)
            {
                count++;
            }
        }

        return count;
    }
}
