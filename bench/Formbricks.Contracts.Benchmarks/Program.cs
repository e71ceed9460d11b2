using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Formbricks.Contracts.Benchmarks -- --filter '*'</c> runs the
/// BenchmarkDotNet suites (out of process, as BenchmarkDotNet intends; <c>--inProcess</c> for the in-process toolchain; a ShortRun job unless <c>--job</c> is given);
/// <c>-- memory</c> runs the non-BenchmarkDotNet peak-memory measurement of segment walks (see <see cref="MemoryMode"/>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "memory")
        {
            return await MemoryMode.RunAsync(args[1..]).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == MemoryMode.ChildVerb)
        {
            return await MemoryMode.RunChildAsync(args[1..]).ConfigureAwait(false);
        }

        var arguments = new List<string>(args);
        if (!arguments.Any(a => a is "--job" or "-j"))
        {
            // The machine has 2 cores shared with other builds: short runs keep each suite within a few minutes.
            arguments.AddRange(["--job", "short"]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. arguments], DefaultConfig.Instance);
        return 0;
    }
}
