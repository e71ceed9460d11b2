using Microsoft.Extensions.Hosting;

namespace Formbricks.Contracts.Fakes.Hosting;

/// <summary>
/// The fake's <see cref="IHostLifetime"/>: it does nothing. ASP.NET Core's default, <c>ConsoleLifetime</c>, takes over
/// SIGINT, SIGTERM and SIGQUIT for the whole process; a server embedded in a test run must leave the process's signals
/// to the process (the test runner, or the standalone host, which handles them itself).
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
