using Formbricks.Contracts.EndToEnd.Api;
using Formbricks.Contracts.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Formbricks.Contracts.EndToEnd.Tests;

/// <summary>The generated <c>AddFormbricksClient</c> registration, against the fake served over real HTTP (Kestrel).</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task The_client_registered_in_code_calls_the_server()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http }, TestContext.Current.CancellationToken);
        var services = new ServiceCollection();
        services.AddFormbricksClient(options =>
        {
            options.BaseAddress = server.ApiUrl;
            options.ApiKey = server.ApiKey;
        });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<FormbricksClient>();
        var me = await client.GetMeAsync(TestContext.Current.CancellationToken);

        Assert.Equal(server.Seeded.EnvironmentId, me.EnvironmentId);
        Assert.Equal(server.ApiKey, Assert.Single(server.Journal.ForOperation("getMe")).Headers["x-api-key"]);
    }

    [Fact]
    public async Task Options_bind_from_configuration_and_the_key_stays_out_of_logs()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http }, TestContext.Current.CancellationToken);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Formbricks:BaseAddress"] = server.ApiUrl.ToString(), ["Formbricks:ApiKey"] = server.ApiKey })
            .Build();
        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddFormbricksClient(configuration.GetSection("Formbricks"));
        await using var provider = services.BuildServiceProvider();

        var surveys = await provider.GetRequiredService<FormbricksClient>().GetSurveysAsync(limit: 2, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, surveys.Data.Count);
        Assert.NotEmpty(logs.Messages);
        Assert.Contains(logs.Messages, m => m.Contains("x-api-key", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(server.ApiKey, StringComparison.Ordinal));
    }

    private sealed class ListLoggerProvider : ILoggerProvider
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new ListLogger(this);

        public void Dispose()
        {
        }

        private sealed class ListLogger(ListLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner.Messages)
                {
                    owner.Messages.Add(formatter(state, exception));
                }
            }
        }
    }
}
