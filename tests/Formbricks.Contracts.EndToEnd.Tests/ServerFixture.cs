using Formbricks.Contracts.EndToEnd.Api;
using Formbricks.Contracts.Fakes;
using Formbricks.Contracts.Conformance;

namespace Formbricks.Contracts.EndToEnd.Tests;

/// <summary>
/// A fresh fake server per test and the generated client pointed at it. When the test ends, every answer the server
/// gave to an operation of the spec is checked against spec/formbricks.openapi.yml (status declared, content type,
/// body fits the schema): each end-to-end test is also a contract test of the fake.
/// </summary>
internal sealed class Session : IAsyncDisposable
{
    private static readonly Lazy<ContractChecker> Spec = new(() => ContractChecker.FromFile(RepositoryFiles.CanonicalSpec));

    private readonly List<HttpClient> _clients = [];
    private readonly bool _checkContract;

    private Session(FakeFormbricksServer server, bool checkContract)
    {
        Server = server;
        _checkContract = checkContract;
    }

    public FakeFormbricksServer Server { get; }

    public FakeClock Clock => Server.Clock;

    /// <param name="options">The fake's options.</param>
    /// <param name="checkContract">False for a test that injects faults (an injected 503 is not in the spec).</param>
    public static async Task<Session> StartAsync(FakeFormbricksOptions? options = null, bool checkContract = true) =>
        new(await FakeFormbricksServer.StartAsync(options, TestContext.Current.CancellationToken), checkContract);

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

        var journal = Server.Journal.Entries;
        await Server.DisposeAsync();
        if (_checkContract)
        {
            var operations = Spec.Value.Document.Paths.Values.SelectMany(p => p.Operations!.Values).Select(o => o.OperationId).ToHashSet();
            Spec.Value.AssertConforms(journal
                .Where(entry => entry.OperationId is { } id && operations.Contains(id))
                .Select(entry => new HttpExchange(entry.Method, entry.Path + entry.Query, entry.Status, entry.ResponseContentType, entry.ResponseBody)));
        }
    }
}
