using System.Diagnostics;

namespace Formbricks.Contracts.Samples.Tests;

/// <summary>
/// <c>samples/python-admin</c>: a Python suite (standard library only) that starts the standalone host with
/// <c>--json</c> and drives the API and the admin API. It runs here with <c>python3</c> as a process; a failure there is a
/// failure here, and a machine without <c>python3</c> fails with a message saying so (never a silent skip).
/// </summary>
public sealed class PythonAdminSampleTests
{
    [Fact]
    public async Task The_python_suite_passes_against_the_standalone_host()
    {
        var host = Path.Combine(AppContext.BaseDirectory, "Formbricks.Contracts.Fakes.Host.dll");
        Assert.True(File.Exists(host), $"the host is not beside the tests: {host}");
        var info = new ProcessStartInfo("python3")
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-m", "unittest", "-v", "samples/python-admin/test_fake_admin.py"])
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["FORMBRICKS_FAKE_HOST"] = $"dotnet \"{host}\"";
        Process python;
        try
        {
            python = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"python3 (3.8 or later) must be on PATH to run samples/python-admin: {e.Message}");
            return;
        }

        using (python)
        {
            var output = python.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = python.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(3));
            try
            {
                await python.WaitForExitAsync(timeout.Token);
            }
            finally
            {
                if (!python.HasExited)
                {
                    python.Kill(entireProcessTree: true);
                }
            }

            var log = await output + await error;
            Assert.True(python.ExitCode == 0, $"the Python suite failed (exit {python.ExitCode}):\n{log}");
            // unittest's summary: every test of the file ran (as many as it defines), none was skipped.
            var defined = File.ReadLines(Path.Combine(RepositoryFiles.Root, "samples", "python-admin", "test_fake_admin.py"))
                .Count(line => line.TrimStart().StartsWith("def test_", StringComparison.Ordinal));
            Assert.True(defined > 0, "the sample defines no test");
            Assert.Contains($"Ran {defined} tests", log, StringComparison.Ordinal);
            Assert.DoesNotContain("skipped", log, StringComparison.OrdinalIgnoreCase);
        }
    }
}
