using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// The standalone host (<c>fakes/Formbricks.Contracts.Fakes.Host</c>) as a real process: it prints its address and key,
/// serves them, stops on SIGTERM and SIGINT with exit code 0, and refuses bad arguments with exit code 2.
/// </summary>
public sealed class HostProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(PosixSignal.SIGTERM)]
    [InlineData(PosixSignal.SIGINT)]
    public async Task Serves_what_it_prints_then_stops_on_a_signal(PosixSignal signal)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "POSIX signals");
        using var host = Start("--port", "0", "--seed", "7");
        try
        {
            await ServeThenSignalAsync(host, signal);
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task ServeThenSignalAsync(Process host, PosixSignal signal)
    {
        var printed = await ReadUntilAsync(host, line => line.StartsWith("Press Ctrl+C", StringComparison.Ordinal));
        var apiBase = Value(printed, "API base:");
        var apiKey = Value(printed, "API key:");

        using (var client = new HttpClient { BaseAddress = new Uri(apiBase) })
        {
            client.DefaultRequestHeaders.Add("x-api-key", apiKey);
            using var response = await client.GetAsync("v2/management/surveys?limit=1", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(0, Kill(host.Id, signal == PosixSignal.SIGTERM ? 15 : 2));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        await host.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, host.ExitCode);

        // The port is released: nothing answers there any more.
        using var after = new HttpClient { BaseAddress = new Uri(apiBase) };
        await Assert.ThrowsAsync<HttpRequestException>(() => after.GetAsync("v2/management/surveys", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--seed", "forty-two")]
    [InlineData("--public-url", "not a url")]
    [InlineData("--contacts")]
    [InlineData("--frobnicate")]
    [InlineData("--journal-capacity", "-1")]
    [InlineData("--journal-capacity", "Unbounded")]
    public async Task Refuses_a_bad_argument_with_exit_code_2_and_says_which(params string[] arguments)
    {
        using var host = Start(arguments);
        var error = await host.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await host.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, host.ExitCode);
        Assert.Contains($"invalid value for '{arguments[0]}'", error, StringComparison.Ordinal);
        Assert.Contains("usage: Formbricks.Contracts.Fakes.Host", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_exit_code_2()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var host = Start("--port", port, "--journal-capacity", "10");
        var error = await host.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await host.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, host.ExitCode);
        Assert.Equal($"port {port} on 127.0.0.1 is already in use: choose another with --port (0 picks a free one)", error.TrimEnd());
    }

    private static Process Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Formbricks.Contracts.Fakes.Host.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("the host could not be started");
    }

    private static async Task<List<string>> ReadUntilAsync(Process host, Func<string, bool> last)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        var lines = new List<string>();
        while (await host.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lines.Add(line);
            if (last(line))
            {
                return lines;
            }
        }

        throw new InvalidOperationException("the host stopped before it was ready: " + string.Join(Environment.NewLine, lines) + await host.StandardError.ReadToEndAsync(timeout.Token));
    }

    private static string Value(List<string> lines, string label) =>
        lines.Single(line => line.StartsWith(label, StringComparison.Ordinal))[label.Length..].Trim();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
