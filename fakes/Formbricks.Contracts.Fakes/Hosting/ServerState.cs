using Formbricks.Contracts.Fakes.Endpoints;
using Formbricks.Contracts.Fakes.Links;
using Formbricks.Contracts.Fakes.Operations;
using Formbricks.Contracts.Fakes.Seeding;
using Formbricks.Contracts.Fakes.State;

namespace Formbricks.Contracts.Fakes.Hosting;

/// <summary>What one fake server is made of, built from its options: the composition root of the layers below Hosting.</summary>
internal sealed class ServerState
{
    public required FakeFormbricksOptions Options { get; init; }

    public required FakeClock Clock { get; init; }

    public required FakeData Data { get; init; }

    public required FakeJournal Journal { get; init; }

    public required FakeFaults Faults { get; init; }

    public required SurveyLinks Links { get; init; }

    public required SeededIds Seeded { get; init; }

    /// <summary>Every operation served, in matching order.</summary>
    public required Router Router { get; init; }

    /// <summary>The generated <c>fbk_…</c> key with manage permission on the main environment.</summary>
    public required string ApiKey { get; init; }

    /// <summary>
    /// Back to the state right after <see cref="Create"/>: the clock at its start, the seeded data with the same ids,
    /// no faults, the rate limit as the options set it with its windows forgotten, an empty journal.
    /// </summary>
    public void Reset()
    {
        Clock.SetUtcNow(Options.StartTime ?? FakeClock.DefaultStart);
        Data.Clear(Options.Seed);
        Data.Ids.NextBytes(32); // the link secrets' draw, as in Create
        Data.Ids.NextBytes(32); // the API key's draw
        var seeded = Seeder.Seed(Data, Options, ApiKey);
        if (seeded.EnvironmentId != Seeded.EnvironmentId || seeded.LinkSurveyId != Seeded.LinkSurveyId)
        {
            throw new InvalidOperationException("The reset did not reproduce the seeded ids.");
        }

        Faults.Reset(Options.RateLimit);
        Journal.Clear();
    }

    /// <summary>Builds the state of one server from its options: clock, ids, secrets, API key, seeded data, routes.</summary>
    public static ServerState Create(FakeFormbricksOptions options)
    {
        var clock = new FakeClock(options.StartTime);
        var ids = new IdGenerator(options.Seed);
        var secrets = new LinkSecrets(ids.NextBytes(32));
        var apiKey = "fbk_" + Convert.ToBase64String(ids.NextBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var data = new FakeData(clock, ids);
        // Reset replays these draws: keep the order (secrets, key, then the seeded data).
        var router = new Router(EndpointCatalog.Served(options.ServeRemovedOperations));
        // Faults and the journal know every operation id, also those a server without the removed ones does not route.
        var operations = new OperationCatalog(EndpointCatalog.All().Select(o => new OperationRoute(o.OperationId, o.Method, o.Template)));
        return new ServerState
        {
            Options = options,
            Clock = clock,
            Data = data,
            Journal = new FakeJournal(options.JournalCapacity, operations),
            Faults = new FakeFaults(clock, options.RateLimit, operations),
            Links = new SurveyLinks(data, clock, secrets),
            Seeded = Seeder.Seed(data, options, apiKey),
            Router = router,
            ApiKey = apiKey,
        };
    }
}
