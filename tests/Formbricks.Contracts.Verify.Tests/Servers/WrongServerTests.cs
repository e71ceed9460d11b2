using Formbricks.Contracts.Conformance;

namespace Formbricks.Contracts.Verify.Tests.Servers;

/// <summary>verify against servers that each break the tiny spec in one way, and against one that keeps it.</summary>
public sealed class WrongServerTests
{
    private static readonly Lazy<ContractChecker> Spec = new(() => ContractChecker.FromText("tiny.yml", TinySpec.Yaml));

    [Theory]
    [InlineData(Fault.UndeclaredStatus, VerifyCheck.StatusCodeConformance, "GET /items", "Status 203 is not declared")]
    [InlineData(Fault.BodyBreaksSchema, VerifyCheck.ResponseSchemaConformance, "GET /items/{id}", "/id: expected string, got integer")]
    [InlineData(Fault.IgnoredKey, VerifyCheck.IgnoredAuth, "GET /items", "no key")]
    [InlineData(Fault.ServerError, VerifyCheck.NotAServerError, "GET /items/{id}", "server error 500")]
    [InlineData(Fault.DeleteKeeps, VerifyCheck.UseAfterFree, "DELETE /items/{id}", "then got 200")]
    [InlineData(Fault.WrongContentType, VerifyCheck.ContentTypeConformance, "GET /items", "Content type 'text/html' is not declared")]
    [InlineData(Fault.AcceptsBrokenInput, VerifyCheck.NegativeDataRejection, "GET /items", "query parameter 'limit' = 'not-a-number'")]
    public async Task Verify_catches_a_server_that_breaks_the_spec(Fault fault, string check, string operation, string message)
    {
        await using var server = await TinyServer.StartAsync(fault);

        var report = await RunAsync(server, allowWrites: true);

        var failure = report.Failures.FirstOrDefault(f => f.Check == check && f.Operation == operation && f.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(failure is not null, $"no {check} failure on {operation} with '{message}' in:\n" + string.Join("\n", report.Failures));
        Assert.StartsWith("curl -sS -X ", failure.Curl, StringComparison.Ordinal);
        Assert.DoesNotContain(TinySpec.Key, failure.Curl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_keeps_the_spec_passes_every_check_with_writes()
    {
        await using var server = await TinyServer.StartAsync(Fault.None);

        var report = await RunAsync(server, allowWrites: true);

        Assert.True(report.Failures.Count == 0, string.Join("\n", report.Failures));
        Assert.Empty(report.Warnings);
        Assert.Null(report.StoppedBy);
        Assert.Equal(["GET /items", "GET /items/{id}", "POST /items", "DELETE /items/{id}"], report.Operations);
        foreach (var check in VerifyCheck.All)
        {
            Assert.Contains(report.Cases, c => c.Check == check);
        }

        Assert.Contains(server.Requests, r => r.StartsWith("DELETE /api/items/n1 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_only_by_default_bounded_and_deterministic()
    {
        await using var first = await TinyServer.StartAsync(Fault.None);
        await using var second = await TinyServer.StartAsync(Fault.None);

        var report = await RunAsync(first, allowWrites: false);
        await RunAsync(second, allowWrites: false);
        var bounded = await Verifier.RunAsync(Spec.Value.Document, new VerifyOptions { BaseUrl = first.BaseUrl, ApiKey = TinySpec.Key, MaxRequests = 3 }, Http, TestContext.Current.CancellationToken);

        Assert.Empty(report.Failures);
        Assert.All(first.Requests, r => Assert.StartsWith("GET ", r, StringComparison.Ordinal));
        Assert.Equal(second.Requests, first.Requests.Take(second.Requests.Count));
        Assert.Equal((3, "max-requests"), (bounded.Requests, bounded.StoppedBy));
    }

    [Fact]
    public async Task A_wrong_key_is_a_warning_not_a_pass_in_silence()
    {
        await using var server = await TinyServer.StartAsync(Fault.None);

        var report = await Verifier.RunAsync(Spec.Value.Document, new VerifyOptions { BaseUrl = server.BaseUrl, ApiKey = "not-the-key" }, Http, TestContext.Current.CancellationToken);

        Assert.Contains(report.Warnings, w => w.Contains("answered 401 to the given key", StringComparison.Ordinal));
    }

    private static readonly HttpClient Http = new();

    private static Task<VerifyReport> RunAsync(TinyServer server, bool allowWrites) =>
        Verifier.RunAsync(
            Spec.Value.Document,
            new VerifyOptions { BaseUrl = server.BaseUrl, ApiKey = TinySpec.Key, AllowWrites = allowWrites, Seed = 3 },
            Http,
            TestContext.Current.CancellationToken);
}
