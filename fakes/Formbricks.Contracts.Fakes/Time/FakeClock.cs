namespace Formbricks.Contracts.Fakes;

/// <summary>
/// A settable <see cref="TimeProvider"/>: the only source of time inside the fake server.
/// JWT <c>iat</c>/<c>exp</c>, <c>expiresAt</c>, <c>createdAt</c>/<c>updatedAt</c> and rate-limit windows all read it.
/// The clock stands still until a test moves it with <see cref="Advance"/> or <see cref="SetUtcNow"/>.
/// </summary>
/// <remarks>Thread-safe. Stands in for <c>Microsoft.Extensions.Time.Testing.FakeTimeProvider</c>, which is not available here.</remarks>
public sealed class FakeClock : TimeProvider
{
    /// <summary>The instant a clock starts at when none is given: 2026-06-01T12:00:00Z.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly object _gate = new();
    private DateTimeOffset _now;

    /// <summary>Creates a clock standing at <paramref name="start"/> (UTC), or at <see cref="DefaultStart"/>.</summary>
    /// <param name="start">The initial instant; converted to UTC.</param>
    public FakeClock(DateTimeOffset? start = null)
    {
        _now = (start ?? DefaultStart).ToUniversalTime();
    }

    /// <summary>The current instant of this clock, in UTC.</summary>
    /// <returns>The clock's current time.</returns>
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>The fake server works in UTC.</summary>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Moves the clock forward (or backward, for a negative <paramref name="delta"/>).</summary>
    /// <param name="delta">How far to move.</param>
    public void Advance(TimeSpan delta)
    {
        lock (_gate)
        {
            _now = _now.Add(delta);
        }
    }

    /// <summary>Sets the clock to <paramref name="value"/> (converted to UTC).</summary>
    /// <param name="value">The new current instant.</param>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            _now = value.ToUniversalTime();
        }
    }

    /// <summary>Formats an instant the way JavaScript's <c>Date.prototype.toISOString</c> does: <c>2026-11-29T02:08:15.123Z</c>.</summary>
    /// <param name="value">The instant to format.</param>
    /// <returns>The ISO 8601 text with milliseconds and <c>Z</c>.</returns>
    public static string ToIsoString(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", global::System.Globalization.CultureInfo.InvariantCulture);
}
