using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// Prism (<c>npx --yes @stoplight/prism-cli@5 mock</c>) on 127.0.0.1, started by the benchmark itself when
/// <c>FORMBRICKS_BENCH_PRISM_URL</c> (a Prism already running) is not set, and stopped with its process tree on dispose.
/// Prism serves the spec's paths at its root: the server URL's <c>/api</c> prefix is not part of its routes.
/// </summary>
internal sealed class PrismProcess : IDisposable
{
    public const string UrlVariable = "FORMBRICKS_BENCH_PRISM_URL";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly Process? _process;

    private PrismProcess(Uri url, Process? process)
    {
        Url = url;
        _process = process;
    }

    /// <summary>Prism's base address (its routes are the spec's paths, e.g. /v2/management/surveys).</summary>
    public Uri Url { get; }

    public static async Task<PrismProcess> StartAsync(string specPath)
    {
        if (Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } given)
        {
            var external = new Uri(given.TrimEnd('/') + "/");
            await WaitUntilServingAsync(external, null, []).ConfigureAwait(false);
            return new PrismProcess(external, null);
        }

        var port = FreeLoopbackPort();
        var info = new ProcessStartInfo("npx")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--yes", "@stoplight/prism-cli@5", "mock", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), specPath })
        {
            info.ArgumentList.Add(arg);
        }

        var log = new Queue<string>();
        var process = Process.Start(info) ?? throw new InvalidOperationException("npx could not be started");
        void Keep(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.Enqueue(e.Data);
                while (log.Count > 20)
                {
                    log.Dequeue();
                }
            }
        }

        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var url = new Uri($"http://127.0.0.1:{port}/");
        try
        {
            await WaitUntilServingAsync(url, process, log).ConfigureAwait(false);
        }
        catch
        {
            Stop(process);
            throw;
        }

        return new PrismProcess(url, process);
    }

    public void Dispose()
    {
        if (_process is not null)
        {
            Stop(_process);
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        process.Dispose();
    }

    private static async Task WaitUntilServingAsync(Uri url, Process? process, Queue<string> log)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
#pragma warning disable FBC0101 // Prism's mock accepts any key: this one is no secret.
        http.DefaultRequestHeaders.Add("x-api-key", "fbk_benchmark");
#pragma warning restore FBC0101
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException($"Prism exited with code {process.ExitCode}: {Tail(log)}");
            }

            try
            {
                using var response = await http.GetAsync("v2/management/surveys?limit=50").ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250).ConfigureAwait(false);
        }

        throw new TimeoutException($"Prism did not answer 200 on {url}v2/management/surveys within {StartTimeout}: {Tail(log)}");
    }

    private static string Tail(Queue<string> log)
    {
        lock (log)
        {
            return string.Join(" | ", log);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
