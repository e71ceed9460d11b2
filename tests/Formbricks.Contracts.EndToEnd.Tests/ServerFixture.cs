using Formbricks.Contracts.EndToEnd.Api;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.EndToEnd.Tests;

/// <summary>A fresh fake server per test, and the generated client pointed at it.</summary>
internal sealed class Session : IAsyncDisposable
{
    private readonly List<HttpClient> _clients = [];

    private Session(FakeFormbricksServer server) => Server = server;

    public FakeFormbricksServer Server { get; }

    public FakeClock Clock => Server.Clock;

    public static async Task<Session> StartAsync(FakeFormbricksOptions? options = null) =>
        new(await FakeFormbricksServer.StartAsync(options, TestContext.Current.CancellationToken));

    /// <summary>The generated client with the server's key (or another key, or none).</summary>
    public FormbricksClient Client(string? apiKey = "")
    {
        var http = Server.CreateClient(null);
        _clients.Add(http);
        return new FormbricksClient(http, new FormbricksClientOptions { ApiKey = apiKey == "" ? Server.ApiKey : apiKey });
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Server.DisposeAsync();
    }
}
