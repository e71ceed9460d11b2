using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// The standalone host under sustained mixed traffic (list pages, single surveys, link pages, updates, 401, 404, v1):
/// its resident memory (<c>VmRSS</c>) must stop following the request count once the journal is full. The warm-up runs
/// past the journal's default capacity, then the measured phase sends four times as many again; with an unbounded
/// journal (run it with <c>FBC_SOAK_HOST_ARGS="--journal-capacity unbounded"</c> to see it fail) every request stays
/// in memory, about 3.3 KB each here (UTF-8 bodies), against about 0.3 KB of noise with the default bound. Bounded in time: at most <see cref="MaxPhase"/> per phase.
/// </summary>
public sealed class SoakTests
{
    private const int Workers = 8;
    private const long MaxGrowthBytes = 100L * 1024 * 1024;
    private const double MaxBytesPerRequest = 1536;
    private static readonly TimeSpan MaxPhase = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_hosts_memory_stays_flat_under_sustained_mixed_traffic()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "reads /proc/PID/status");
        var extra = Environment.GetEnvironmentVariable("FBC_SOAK_HOST_ARGS")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        using var host = StartHost(["--port", "0", .. extra]);
        try
        {
            var banner = await ReadBannerAsync(host);
            using var http = new HttpClient { BaseAddress = new Uri(Value(banner, "API base:")) };
            var traffic = new Traffic(http, Value(banner, "API key:"), Value(banner, "EnvironmentId"), Value(banner, "LinkSurveyId"), Segment(Value(banner, "SegmentsBySize"), 1000));

            await traffic.RunAsync(FakeFormbricksOptions.DefaultJournalCapacity + 2_000, MaxPhase);
            var warm = Rss(host.Id);
            var sent = await traffic.RunAsync(4 * FakeFormbricksOptions.DefaultJournalCapacity, MaxPhase);
            var end = Rss(host.Id);

            var growth = end - warm;
            var perRequest = growth / (double)Math.Max(sent, 1);
            var report = string.Create(CultureInfo.InvariantCulture, $"RSS {warm / 1048576.0:F1} MB after warm-up, {end / 1048576.0:F1} MB after {sent} more requests ({perRequest:F0} bytes per request; {traffic.Failures} unexpected answers)");
            TestContext.Current.SendDiagnosticMessage(report);
            Assert.True(sent >= FakeFormbricksOptions.DefaultJournalCapacity, "too few requests to judge: " + report);
            Assert.Equal(0, traffic.Failures);
            Assert.True(growth < MaxGrowthBytes && perRequest < MaxBytesPerRequest, "memory follows the request count: " + report);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The resident memory of a process, from <c>/proc/PID/status</c>.</summary>
    private static long Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private static Process StartHost(string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Formbricks.Contracts.Fakes.Host.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("the host could not be started");
    }

    private static async Task<List<string>> ReadBannerAsync(Process host)
    {
        var lines = new List<string>();
        while (await host.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
        {
            lines.Add(line);
            if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
            {
                return lines;
            }
        }

        throw new InvalidOperationException("the host stopped before it was ready: " + string.Join('\n', lines));
    }

    private static string Value(List<string> lines, string label) =>
        lines.Single(line => line.StartsWith(label, StringComparison.Ordinal))[label.Length..].Trim();

    /// <summary>The id of the segment of <paramref name="size"/> contacts in the banner's <c>1000 contacts: id, …</c> list.</summary>
    private static string Segment(string bySize, int size) =>
        bySize.Split(", ").Select(p => p.Split(" contacts: ")).Single(p => p[0] == size.ToString(CultureInfo.InvariantCulture))[1];

    /// <summary>Eight callers going round a fixed mix of requests; the state the host keeps does not grow with them.</summary>
    private sealed class Traffic(HttpClient http, string key, string environment, string survey, string segment)
    {
        private long _failures;

        public long Failures => Interlocked.Read(ref _failures);

        public async Task<long> RunAsync(int requests, TimeSpan limit)
        {
            long sent = 0;
            var deadline = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
            {
                for (var i = worker; deadline.Elapsed < limit; i++)
                {
                    if (Interlocked.Increment(ref sent) > requests)
                    {
                        return;
                    }

                    await SendAsync(i % 8);
                }
            }));
            await Task.WhenAll(workers);
            return Math.Min(Interlocked.Read(ref sent), requests);
        }

        private async Task SendAsync(int kind)
        {
            var (method, path, body, expected, withKey) = kind switch
            {
                0 or 4 => (HttpMethod.Get, "v2/management/surveys?limit=50", null, 200, true),
                1 => (HttpMethod.Get, $"v2/management/surveys/{survey}", null, 200, true),
                2 => (HttpMethod.Get, $"v2/management/surveys/{survey}/contact-links/segments/{segment}?limit=20", null, 200, true),
                3 => (HttpMethod.Put, $"v2/management/surveys/{survey}", $$"""{"name":"Soak","type":"link","status":"inProgress","environmentId":"{{environment}}"}""", 200, true),
                5 => (HttpMethod.Get, "v2/management/surveys/doesnotexist0000000000000", null, 404, true),
                6 => (HttpMethod.Get, "v2/management/surveys", null, 401, false),
                _ => (HttpMethod.Get, "v1/management/me", null, 200, true),
            };
            using var request = new HttpRequestMessage(method, path);
            if (withKey)
            {
                request.Headers.Add("x-api-key", key);
            }

            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            }

            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            await response.Content.CopyToAsync(Stream.Null, TestContext.Current.CancellationToken);
            if ((int)response.StatusCode != expected)
            {
                Interlocked.Increment(ref _failures);
            }
        }
    }
}
