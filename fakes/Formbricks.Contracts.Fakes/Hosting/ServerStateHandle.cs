using Formbricks.Contracts.Fakes.Links;
using Formbricks.Contracts.Fakes.Seeding;
using Formbricks.Contracts.Fakes.State;

namespace Formbricks.Contracts.Fakes.Hosting;

/// <summary>Builds the state of one server from its options: clock, ids, secrets, API key, seeded data.</summary>
internal sealed class ServerStateHandle
{
    private ServerStateHandle(ServerState state, string apiKey)
    {
        State = state;
        ApiKey = apiKey;
    }

    public ServerState State { get; }

    public string ApiKey { get; }

    public static ServerStateHandle Create(FakeFormbricksOptions options)
    {
        var clock = new FakeClock(options.StartTime);
        var ids = new IdGenerator(options.Seed);
        var secrets = new LinkSecrets(ids.NextBytes(32));
        var apiKey = "fbk_" + Convert.ToBase64String(ids.NextBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var data = new FakeData(clock, ids);
        var seeded = Seeder.Seed(data, options, apiKey);
        var state = new ServerState
        {
            Options = options,
            Clock = clock,
            Data = data,
            Journal = new FakeJournal(),
            Faults = new FakeFaults(clock, options.RateLimit),
            Secrets = secrets,
            Tokens = new ContactTokens(secrets),
            Seeded = seeded,
        };
        return new ServerStateHandle(state, apiKey);
    }
}
