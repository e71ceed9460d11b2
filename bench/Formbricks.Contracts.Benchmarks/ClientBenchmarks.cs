using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Formbricks.Contracts.Benchmarks.Api;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// 8. The generated client alone: one page read through an in-process handler that answers every request with the
/// same recorded bytes (recorded from the fake once, so no server work is measured), against the floor, a
/// hand-written <see cref="HttpClient"/> call that streams the body into System.Text.Json source-generated records
/// of the same shape (<see cref="FloorJson"/>). <see cref="Page"/>: one 250-link page of a segment (about 131 KB,
/// above the large-object-heap threshold) or the 10 seeded surveys (about 5 KB).
/// </summary>
[MemoryDiagnoser]
public class ClientBenchmarks
{
    private const string SurveysPath = "v2/management/surveys?limit=50";

    private HttpClient _floorHttp = null!;
    private HttpClient _generatedHttp = null!;
    private FormbricksClient _client = null!;
    private string _path = null!;
    private string _survey = null!;
    private string _segment = null!;
    private string _apiKey = null!;

    /// <summary>The page read.</summary>
    public enum PageKind
    {
        /// <summary>250 links of a segment (about 131 KB).</summary>
        Links250,

        /// <summary>The 10 seeded surveys (about 5 KB).</summary>
        Surveys10,
    }

    [Params(PageKind.Links250, PageKind.Surveys10)]
    public PageKind Page { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        byte[] body;
        await using (var server = await FakeFormbricksServer.StartAsync(SegmentWalkBenchmarks.Options(1000)).ConfigureAwait(false))
        {
            _survey = server.Seeded.LinkSurveyId;
            _segment = server.Seeded.SegmentsBySize[1000];
            _apiKey = server.ApiKey;
            _path = Page == PageKind.Links250
                ? $"v2/management/surveys/{_survey}/contact-links/segments/{_segment}?limit=250"
                : SurveysPath;
            using var http = server.CreateClient();
            body = await http.GetByteArrayAsync(_path).ConfigureAwait(false);
        }

        var baseAddress = new Uri("http://formbricks.test/api/");
        _floorHttp = RecordedHandler.Client(body, baseAddress);
        _generatedHttp = RecordedHandler.Client(body, baseAddress);
        _client = new FormbricksClient(_generatedHttp, new FormbricksClientOptions { ApiKey = _apiKey });
        var generated = await Generated().ConfigureAwait(false);
        var floor = await Floor().ConfigureAwait(false);
        Console.WriteLine($"// {Page}: {body.Length:N0} bytes, {generated} items (floor: {floor})");
        if (generated != floor || generated == 0)
        {
            throw new InvalidOperationException($"the generated client read {generated} items, the floor {floor}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _floorHttp.Dispose();
        _generatedHttp.Dispose();
    }

    [Benchmark(Baseline = true, Description = "floor: HttpClient + STJ source generation, streamed")]
    public async Task<int> Floor()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _path);
        request.Headers.TryAddWithoutValidation("x-api-key", _apiKey);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        using var response = await _floorHttp.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            if (Page == PageKind.Links250)
            {
                var links = await JsonSerializer.DeserializeAsync(stream, FloorJson.Default.FloorLinksPage).ConfigureAwait(false);
                return links!.Data.Count;
            }

            var surveys = await JsonSerializer.DeserializeAsync(stream, FloorJson.Default.FloorSurveysPage).ConfigureAwait(false);
            return surveys!.Data.Count;
        }
    }

    [Benchmark(Description = "generated client")]
    public async Task<int> Generated()
    {
        if (Page == PageKind.Links250)
        {
            var links = await _client.GetContactLinksBySegmentAsync(_survey, _segment, limit: 250).ConfigureAwait(false);
            return links.Data.Count;
        }

        var surveys = await _client.GetSurveysAsync(limit: 50).ConfigureAwait(false);
        return surveys.Data.Count;
    }

    /// <summary>Answers every request with the same body, as a server with the page cached would.</summary>
    private sealed class RecordedHandler(byte[] body) : HttpMessageHandler
    {
        private static readonly MediaTypeHeaderValue Json = new("application/json");

        public static HttpClient Client(byte[] body, Uri baseAddress) => new(new RecordedHandler(body)) { BaseAddress = baseAddress };

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
