using System.Net;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests.Admin;

/// <summary>A fake on a real port with the admin API on; <see cref="Admin"/> has no API key, <see cref="Api"/> the seeded one.</summary>
internal sealed class AdminServer : IAsyncDisposable
{
    private AdminServer(FakeFormbricksServer server)
    {
        Server = server;
        Admin = new HttpClient { BaseAddress = server.Url };
        Api = server.CreateClient();
    }

    public FakeFormbricksServer Server { get; }

    public HttpClient Admin { get; }

    public HttpClient Api { get; }

    public static async Task<AdminServer> StartAsync(int? journalCapacity = null) =>
        new(await FakeFormbricksServer.StartAsync(
            new FakeFormbricksOptions { Hosting = FakeHosting.Http, AdminApi = true, SegmentSizes = [10], JournalCapacity = journalCapacity },
            TestContext.Current.CancellationToken));

    /// <summary>An admin call that must succeed (200 or 201); its JSON answer.</summary>
    public async Task<JsonNode> AdminAsync(HttpMethod method, string path, string? body = null)
    {
        var (status, answer) = await Admin.SendJsonAsync(method, path, body);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created, $"{method} {path} answered {(int)status}: {answer?.ToJsonString()}");
        return answer!;
    }

    /// <summary>Posts a mapping that must be refused: a 400 whose status contains <paramref name="message"/>, and no mapping added.</summary>
    public async Task AssertRefusedAsync(string mapping, string message)
    {
        var (status, answer) = await Admin.SendJsonAsync(HttpMethod.Post, "__admin/mappings", mapping);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, answer!["Status"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await AdminAsync(HttpMethod.Get, "__admin/mappings")).AsArray());
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        Api.Dispose();
        await Server.DisposeAsync();
    }
}
