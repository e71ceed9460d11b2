using WireMock.Server;

namespace Formbricks.Contracts.Fakes.WireMock;

/// <summary>Adds the Formbricks behaviour to a running <see cref="WireMockServer"/>.</summary>
public static class WireMockServerFormbricksExtensions
{
    /// <summary>
    /// Registers the Formbricks catch-all mapping (priority <see cref="FormbricksWireMock.CatchAllPriority"/>) on
    /// <paramref name="server"/>: <c>var formbricks = WireMockServer.Start().AddFormbricks();</c>. Disposing the
    /// result leaves the server running; stop it yourself.
    /// </summary>
    /// <param name="server">A started WireMock.Net server.</param>
    /// <param name="options">The fake's options; <see langword="null"/> for the defaults (seed 42).</param>
    /// <returns>The fake's state: seeded ids, API key, data, clock, faults, journal.</returns>
    public static FormbricksWireMock AddFormbricks(this WireMockServer server, FakeFormbricksOptions? options = null) =>
        FormbricksWireMock.Add(server, options, ownsServer: false);
}
