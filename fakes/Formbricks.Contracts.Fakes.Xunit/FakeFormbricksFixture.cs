using Xunit;

namespace Formbricks.Contracts.Fakes;

/// <summary>
/// An xunit v3 fixture: a fresh fake server per test class, started before the first test and stopped after the last.
/// Use it with <c>IClassFixture&lt;FakeFormbricksFixture&gt;</c>; derive and override <see cref="CreateOptions"/> for other options.
/// </summary>
public class FakeFormbricksFixture : IAsyncLifetime
{
    private FakeFormbricksServer? _server;

    /// <summary>The running server.</summary>
    /// <exception cref="InvalidOperationException">Read before xunit initialized the fixture.</exception>
    public FakeFormbricksServer Server => _server ?? throw new InvalidOperationException("The fixture has not been initialized yet.");

    /// <summary>Starts the server.</summary>
    /// <returns>A task that completes when the server listens.</returns>
    public async ValueTask InitializeAsync()
    {
        _server = await FakeFormbricksServer.StartAsync(CreateOptions()).ConfigureAwait(false);
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            _server = null;
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The options of the server; the defaults unless overridden.</summary>
    /// <returns>The options.</returns>
    protected virtual FakeFormbricksOptions CreateOptions() => new();
}
