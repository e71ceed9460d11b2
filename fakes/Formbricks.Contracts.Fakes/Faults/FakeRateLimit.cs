namespace Formbricks.Contracts.Fakes;

/// <summary>
/// The real server's fixed-window rate limit: <see cref="Limit"/> requests per <see cref="Window"/> per API key and
/// namespace (windows aligned to multiples of the window length, as the Redis INCR/EXPIRE implementation does), timed
/// by the server's <see cref="FakeClock"/>. Applies to the management APIs, each with its own count as the real
/// namespaces are separate: <c>api.v2</c> for v2 and <c>api.v1</c> for v1. The client API is not limited here.
/// </summary>
public sealed class FakeRateLimit
{
    private readonly TimeProvider _clock;
    private readonly Dictionary<(string Namespace, string Key, long Window), int> _counts = [];
    private readonly object _gate = new();

    internal FakeRateLimit(TimeProvider clock)
    {
        _clock = clock;
    }

    /// <summary>Whether requests are counted and limited.</summary>
    public bool Enabled { get; set; }

    /// <summary>Requests allowed per window; 100 like the real server.</summary>
    public int Limit { get; set; } = 100;

    /// <summary>Window length; 60 s like the real server.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Switches the limit on.</summary>
    public void Enable() => Enabled = true;

    /// <summary>Switches the limit off and forgets the counts.</summary>
    public void Disable()
    {
        Enabled = false;
        lock (_gate)
        {
            _counts.Clear();
        }
    }

    /// <summary>Counts one request of <paramref name="apiKey"/> in <paramref name="space"/>; false when it is over the limit.</summary>
    internal bool TryAcquire(string space, string apiKey)
    {
        if (!Enabled)
        {
            return true;
        }

        var window = _clock.GetUtcNow().ToUnixTimeMilliseconds() / (long)Window.TotalMilliseconds;
        lock (_gate)
        {
            _counts.TryGetValue((space, apiKey, window), out var count);
            _counts[(space, apiKey, window)] = ++count;
            return count <= Limit;
        }
    }
}
