namespace Formbricks.Contracts.Fakes;

/// <summary>How the fake server is hosted.</summary>
public enum FakeHosting
{
    /// <summary>In memory through ASP.NET Core's TestServer: no socket, fastest. Use <see cref="FakeFormbricksServer.CreateClient()"/>.</summary>
    InMemory,

    /// <summary>Kestrel on <c>127.0.0.1</c>, on <see cref="FakeFormbricksOptions.Port"/> (0 = a free port).</summary>
    Http,
}

/// <summary>Options of <see cref="FakeFormbricksServer.StartAsync"/>.</summary>
public sealed class FakeFormbricksOptions
{
    /// <summary>The seed of all generated data; the same seed gives the same data. Default 42.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>In memory (default) or real HTTP.</summary>
    public FakeHosting Hosting { get; set; } = FakeHosting.InMemory;

    /// <summary>The port for <see cref="FakeHosting.Http"/>; 0 (default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Number of seeded contacts in the main environment; raised to the largest segment size. Default 1,200.</summary>
    public int ContactCount { get; set; } = 1200;

    /// <summary>
    /// Sizes of the seeded segments of the main environment (one segment per size, members are the newest contacts).
    /// Default 0, 10 and 1,000. A size of 100,000 is supported and cheap (contact attributes are built lazily).
    /// </summary>
    public IList<int> SegmentSizes { get; set; } = [0, 10, 1000];

    /// <summary>
    /// The public domain used in generated links (<c>{PublicUrl}/c/{jwt}</c>, <c>{PublicUrl}/s/{id}</c>), like the real
    /// server's <c>PUBLIC_URL</c>. Default: the server's own <see cref="FakeFormbricksServer.Url"/>.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Extra API keys, besides the generated <see cref="FakeFormbricksServer.ApiKey"/> (manage on the main environment).</summary>
    public IList<FakeApiKey> ApiKeys { get; set; } = [];

    /// <summary>
    /// Whether the rate limit (100 requests per 60 s per API key) is on from the start. Default off, because the
    /// clock stands still unless a test moves it; switch it at run time with <see cref="FakeFaults.RateLimit"/>.
    /// </summary>
    public bool RateLimit { get; set; }

    /// <summary>Whether the organization has the contacts (Enterprise) feature; when off, contact routes answer 403. Default on.</summary>
    public bool ContactsLicensed { get; set; } = true;

    /// <summary>The journal's capacity unless the options set another: <c>10000</c> entries.</summary>
    public const int DefaultJournalCapacity = 10_000;

    /// <summary>
    /// The most requests <see cref="FakeFormbricksServer.Journal"/> keeps (the oldest go first): by default
    /// <see cref="DefaultJournalCapacity"/>, so a long run stays at a bounded memory; <see langword="null"/> lifts the
    /// bound (every request is kept), <c>0</c> records nothing. Changeable later through <see cref="FakeJournal.Capacity"/>.
    /// </summary>
    public int? JournalCapacity { get; set; } = DefaultJournalCapacity;

    /// <summary>
    /// Whether the seven operations of the canonical spec that Formbricks no longer serves are served: the five v2
    /// survey operations (<c>/api/v2/management/surveys</c>, <c>…/surveys/{id}</c>), <c>GET /api/v2/management/contacts</c>
    /// and <c>GET /api/v2/management/contacts/{id}</c>. Default on (they are the seed's contract); off, they answer
    /// 404 as any unknown route does on the real server, so a suite can prove it does not depend on them.
    /// </summary>
    public bool ServeRemovedOperations { get; set; } = true;

    /// <summary>
    /// Whether the admin API is served beside the Formbricks routes: WireMock-compatible stub mappings and request log
    /// (<c>/__admin/mappings</c>, <c>/__admin/requests</c>, <c>/__admin/reset</c>) and the fake's own controls under
    /// <c>/__formbricks/</c> (clock, faults, journal, data, reset; <c>GET /__formbricks/</c> lists them). Admin routes
    /// need no API key and are not journaled. Default off; the standalone host turns it on. See fakes/README.md.
    /// </summary>
    public bool AdminApi { get; set; }

    /// <summary>The instant the clock starts at; default <see cref="FakeClock.DefaultStart"/>.</summary>
    public DateTimeOffset? StartTime { get; set; }
}
