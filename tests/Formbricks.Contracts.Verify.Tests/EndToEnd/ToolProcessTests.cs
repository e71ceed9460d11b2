using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Verify.Tests.EndToEnd;

/// <summary>
/// <c>formbricks-contracts verify</c> run as a process (<c>dotnet formbricks-contracts.dll</c>) against the standalone fake
/// host run as a process, with the canonical spec: it must pass with writes allowed; and its exit codes for bad usage,
/// an unreadable spec and an unreachable server.
/// </summary>
public sealed class ToolProcessTests
{
    [Fact]
    public async Task Verify_passes_against_the_standalone_fake_with_writes_allowed()
    {
        using var host = Start(Output("fakes/Formbricks.Contracts.Fakes.Host", "Formbricks.Contracts.Fakes.Host.dll"), "--port", "0", "--seed", "42");
        var (apiBase, apiKey) = await ReadBannerAsync(host);

        try
        {
            var (exit, output, error) = await RunToolAsync(
                "verify", "--spec", RepositoryFiles.CanonicalSpec, "--base-url", apiBase, "--api-key", apiKey,
                "--allow-writes", "--max-requests", "400", "--time-limit", "25", "--seed", "1", "--format", "json");

            Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
            var report = JsonNode.Parse(output)!;
            Assert.Empty(report["failures"]!.AsArray());
            Assert.Empty(report["warnings"]!.AsArray());
            Assert.Equal(28, (int)report["operations"]!);
            Assert.Null(report["stoppedBy"]);
            Assert.DoesNotContain(apiKey, output, StringComparison.Ordinal);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [Theory]
    [InlineData(2, "error: --base-url is required", "verify", "--spec", "spec.yml")]
    [InlineData(2, "error: --format 'xml' is not one of text, json, junit", "verify", "--spec", "spec.yml", "--base-url", "http://127.0.0.1:1/api", "--format", "xml")]
    [InlineData(2, "error: unexpected argument '--bogus'", "verify", "--spec", "spec.yml", "--base-url", "http://127.0.0.1:1/api", "--bogus")]
    [InlineData(3, "no-such-spec.yml: cannot be read", "verify", "--spec", "no-such-spec.yml", "--base-url", "http://127.0.0.1:1/api")]
    [InlineData(3, "error: the server is unreachable: GET http://127.0.0.1:1/api/", "verify", "--spec", "CANONICAL", "--base-url", "http://127.0.0.1:1/api")]
    public async Task Exit_codes_for_bad_usage_an_unreadable_spec_and_an_unreachable_server(int expected, string message, params string[] arguments)
    {
        var (exit, output, error) = await RunToolAsync([.. arguments.Select(a => a == "CANONICAL" ? RepositoryFiles.CanonicalSpec : a)]);

        Assert.True(exit == expected, $"exit {exit}\n{output}\n{error}");
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_documents_the_exit_codes()
    {
        var (exit, output, _) = await RunToolAsync("verify", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Exit codes: 0 no failure, 1 failures, 2 bad usage, 3 spec unreadable or server unreachable.", output, StringComparison.Ordinal);
        Assert.Contains("--allow-writes", output, StringComparison.Ordinal);
    }

    /// <summary>A project's build output beside this test's (same configuration).</summary>
    private static string Output(string project, string file)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var path = Path.Combine(RepositoryFiles.Root, project, "bin", configuration, "net10.0", file);
        Assert.True(File.Exists(path), path + " is not built");
        return path;
    }

    private static Process Start(string dll, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("FORMBRICKS_API_KEY");
        return Process.Start(start)!;
    }

    /// <summary>The API base and key the fake host prints when it is listening.</summary>
    private static async Task<(string ApiBase, string ApiKey)> ReadBannerAsync(Process host)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        string? apiBase = null;
        while (await host.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("API base:", StringComparison.Ordinal))
            {
                apiBase = line["API base:".Length..].Trim();
            }
            else if (line.StartsWith("API key:", StringComparison.Ordinal) && apiBase is not null)
            {
                return (apiBase, line["API key:".Length..].Trim());
            }
        }

        throw new InvalidOperationException("the fake host exited before printing its URL: " + await host.StandardError.ReadToEndAsync());
    }

    private static async Task<(int Exit, string Output, string Error)> RunToolAsync(params string[] arguments)
    {
        using var tool = Start(Output("drift/Formbricks.Contracts.Tool", "formbricks-contracts.dll"), arguments);
        var output = tool.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = tool.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await tool.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (tool.ExitCode, await output, await error);
    }
}
