using Spectre.Console;

namespace PersonalLinks.Progress;

/// <summary>Chooses the progress display: a live bar on a terminal, plain lines when standard error is redirected.</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> with a progress display writing to <paramref name="log"/>.</summary>
    /// <param name="log">Where progress goes (standard error for the program).</param>
    /// <param name="interactive">Whether <paramref name="log"/> is a terminal that can redraw a bar.</param>
    /// <param name="work">The export; it reports through the <see cref="ILinkProgress"/> it is given.</param>
    public static async Task<int> RunAsync(TextWriter log, bool interactive, Func<ILinkProgress, Task<int>> work)
    {
        if (!interactive)
        {
            return await work(new PlainLinkProgress(log, TimeProvider.System));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(log) });
        return await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new CountColumn(),
                new RateColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Personal links");
                task.IsIndeterminate = true;
                return await work(new BarLinkProgress(task));
            });
    }

    private sealed class BarLinkProgress(ProgressTask task) : ILinkProgress
    {
        public void SetTotal(int total)
        {
            task.MaxValue = Math.Max(total, 1);
            task.IsIndeterminate = false;
        }

        public void SetWritten(int written)
        {
            task.Value = written;
            if (!task.IsIndeterminate && written >= task.MaxValue)
            {
                task.StopTask();
            }
        }
    }
}
