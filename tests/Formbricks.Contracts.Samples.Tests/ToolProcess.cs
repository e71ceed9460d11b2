using System.Diagnostics;
using System.Text;

namespace Formbricks.Contracts.Samples.Tests;

/// <summary>
/// The personal-links tool run as a user runs it: <c>dotnet PersonalLinks.dll …</c> in its own process (the project
/// reference copies the program and its runtime configuration into the test output), standard error redirected, so
/// exit codes, signals and files are the real ones.
/// </summary>
internal sealed class ToolProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ToolProcess(Process process) => _process = process;

    /// <summary>Standard error so far (progress, messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Standard output so far (the help text, or the CSV with <c>-o -</c>).</summary>
    public string StandardOutput
    {
        get
        {
            lock (_standardOutput)
            {
                return _standardOutput.ToString();
            }
        }
    }

    /// <summary>Starts the tool in <paramref name="workingDirectory"/>, without <c>FORMBRICKS_API_KEY</c>.</summary>
    public static ToolProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PersonalLinks.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("FORMBRICKS_API_KEY");
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var tool = new ToolProcess(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (tool._log)
                {
                    tool._log.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (tool._standardOutput)
                {
                    tool._standardOutput.AppendLine(e.Data);
                }
            }
        };
        process.Exited += (_, _) => tool._exited.TrySetResult();
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return tool;
    }

    /// <summary>Runs the tool to its end and returns its exit code and standard error.</summary>
    public static async Task<(int Exit, string Log)> RunAsync(string workingDirectory, params string[] args)
    {
        using var tool = Start(workingDirectory, args);
        var exit = await tool.WaitAsync(TimeSpan.FromMinutes(2));
        return (exit, tool.Log);
    }

    /// <summary>Waits until standard error contains <paramref name="text"/>.</summary>
    public async Task WaitForLogAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Log.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(_exited.Task.IsCompleted, $"The tool ended before saying '{text}':\n{Log}");
            Assert.True(DateTime.UtcNow < deadline, $"The tool did not say '{text}' within {timeout}:\n{Log}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Sends SIGINT, as Ctrl-C in a terminal does.</summary>
    public async Task InterruptAsync()
    {
        using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits for the exit (and the last line of standard error) and returns the exit code.</summary>
    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        await _exited.Task.WaitAsync(timeout, TestContext.Current.CancellationToken);
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
