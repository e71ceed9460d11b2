using Formbricks.Contracts.Fakes.Links;
using Formbricks.Contracts.Fakes.Seeding;
using Formbricks.Contracts.Fakes.State;

namespace Formbricks.Contracts.Fakes.Hosting;

/// <summary>Everything the endpoints of one fake server share.</summary>
internal sealed class ServerState
{
    public required FakeFormbricksOptions Options { get; init; }

    public required FakeClock Clock { get; init; }

    public required FakeData Data { get; init; }

    public required FakeJournal Journal { get; init; }

    public required FakeFaults Faults { get; init; }

    public required LinkSecrets Secrets { get; init; }

    public required ContactTokens Tokens { get; init; }

    public required SeededIds Seeded { get; init; }

    /// <summary>The generated <c>fbk_…</c> key with manage permission on the main environment.</summary>
    public required string ApiKey { get; init; }

    /// <summary>The public domain of generated links, without a trailing slash; known once the server listens.</summary>
    public string PublicUrl { get; set; } = "http://localhost:3000";

    /// <summary>Builds the state of one server from its options: clock, ids, secrets, API key, seeded data.</summary>
    public static ServerState Create(FakeFormbricksOptions options)
    {
        var clock = new FakeClock(options.StartTime);
        var ids = new IdGenerator(options.Seed);
        var secrets = new LinkSecrets(ids.NextBytes(32));
        var apiKey = "fbk_" + Convert.ToBase64String(ids.NextBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var data = new FakeData(clock, ids);
        return new ServerState
        {
            Options = options,
            Clock = clock,
            Data = data,
            Journal = new FakeJournal(options.JournalCapacity),
            Faults = new FakeFaults(clock, options.RateLimit),
            Secrets = secrets,
            Tokens = new ContactTokens(secrets),
            Seeded = Seeder.Seed(data, options, apiKey),
            ApiKey = apiKey,
        };
    }

    /// <summary>
    /// Builds <c>{PublicUrl}/{kind}/{idOrToken}</c> plus single-use parameters when the survey has them on:
    /// encrypted mode <c>?suId=&lt;blob&gt;</c>, signed mode <c>?suId=&lt;id&gt;&amp;suToken=&lt;hmac&gt;</c>, for
    /// <paramref name="singleUseId"/> or a new id.
    /// </summary>
    public string LinkWithSingleUse(string pathAndId, FakeSurvey survey, string? singleUseId = null)
    {
        var url = $"{PublicUrl}/{pathAndId}";
        if (survey.SingleUse is not { Enabled: true } singleUse)
        {
            return url;
        }

        var id = singleUseId ?? Data.NewId();
        return singleUse.IsEncrypted
            ? $"{url}?suId={Uri.EscapeDataString(Secrets.Encrypt(id))}"
            : $"{url}?suId={Uri.EscapeDataString(id)}&suToken={Secrets.SingleUseToken(survey.Id, id)}";
    }

    /// <summary><c>checkAndValidateSingleUseId</c>: the canonical single-use id, or <see langword="null"/> when invalid.</summary>
    public string? ValidateSingleUse(FakeSurvey survey, string? suId, string? suToken)
    {
        if (string.IsNullOrEmpty(suId) || survey.SingleUse is not { } singleUse)
        {
            return null;
        }

        if (singleUse.IsEncrypted)
        {
            var decrypted = Secrets.Decrypt(suId);
            return State.IdGenerator.IsCuid2(decrypted) ? decrypted : null;
        }

        return Secrets.VerifySingleUseToken(survey.Id, suId, suToken) ? suId : null;
    }
}
