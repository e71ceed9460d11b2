using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// The standalone host's command line as a process: <c>--json</c> prints one JSON object that describes what it
/// serves (then keeps serving, admin API included), <c>--segment-sizes</c> seeds those segments, and every bad argument
/// is one line naming the option and what it expects, with exit code 2.
/// </summary>
public sealed class HostCommandLineTests
{
    [Fact]
    public async Task Json_prints_one_object_with_url_key_and_seeded_ids_then_serves_them_and_the_admin_API()
    {
        using var host = Start("--port", "0", "--seed", "7", "--json", "--segment-sizes", "10,1000,100000");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var line = await host.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException(await host.StandardError.ReadToEndAsync(timeout.Token));
            var info = JsonNode.Parse(line)!.AsObject();

            Assert.Equal(7, info["seed"]!.GetValue<int>());
            var sizes = info["seeded"]!["segmentsBySize"]!.AsObject();
            Assert.Equal(["10", "1000", "100000"], sizes.Select(p => p.Key).Order(StringComparer.Ordinal));
            using var api = new HttpClient { BaseAddress = new Uri(info["apiUrl"]!.GetValue<string>()) };
            api.DefaultRequestHeaders.Add("x-api-key", info["apiKey"]!.GetValue<string>());
            var segment = sizes["100000"]!.GetValue<string>();
            var survey = info["seeded"]!["linkSurveyId"]!.GetValue<string>();
            var (status, page) = await api.GetJsonAsync($"v2/management/surveys/{survey}/contact-links/segments/{segment}?limit=1");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(100_000, page!["meta"]!["total"]!.GetValue<int>());

            using var admin = new HttpClient { BaseAddress = new Uri(info["adminUrl"]!.GetValue<string>()) };
            var (adminStatus, described) = await admin.GetJsonAsync("server");
            Assert.Equal(HttpStatusCode.OK, adminStatus);
            Assert.True(JsonNode.DeepEquals(info, described), described!.ToJsonString());
        }
        finally
        {
            host.Kill(entireProcessTree: true);
        }
    }

    [Theory]
    [InlineData("invalid value for '--segment-sizes': '10,x', expected sizes separated by commas", "--segment-sizes", "10,x")]
    [InlineData("invalid value for '--segment-sizes': '-1', expected sizes separated by commas", "--segment-sizes", "-1")]
    [InlineData("invalid value for '--segment-sizes': '20000000', expected", "--segment-sizes", "20000000")]
    [InlineData("invalid value for '--segment-sizes': missing, expected", "--segment-sizes")]
    [InlineData("invalid value for '--port': 'http', expected a port from 0 to 65535", "--port", "http")]
    [InlineData("invalid value for '--public-url': 'ftp://x', expected an absolute http(s) URL", "--public-url", "ftp://x")]
    [InlineData("invalid value for '--jsn': unknown option", "--json", "--jsn")]
    public async Task A_bad_argument_is_one_line_naming_it_and_exit_code_2(string message, params string[] arguments)
    {
        using var host = Start(arguments);
        var error = await host.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = await host.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await host.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, host.ExitCode);
        var lines = error.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(message, lines[0], StringComparison.Ordinal);
        Assert.StartsWith("usage: Formbricks.Contracts.Fakes.Host", lines[1], StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_0()
    {
        using var host = Start("--help");
        var output = await host.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await host.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, host.ExitCode);
        Assert.Contains("--segment-sizes <n,n,…>", output, StringComparison.Ordinal);
        Assert.Contains("[--json]", output, StringComparison.Ordinal);
    }

    private static Process Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Formbricks.Contracts.Fakes.Host.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("the host could not be started");
    }
}
