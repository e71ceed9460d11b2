namespace Formbricks.Contracts.Verify;

/// <summary>What <see cref="Verifier"/> calls, how much, and with which key.</summary>
public sealed class VerifyOptions
{
    /// <summary>The server's API base: it replaces the spec's server URL (e.g. <c>http://127.0.0.1:5080/api</c>).</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The API key sent where the spec's security scheme says; <see langword="null"/> for none.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Also call POST, PUT, PATCH and DELETE operations (a sandbox only). Off: GET, HEAD and OPTIONS only.</summary>
    public bool AllowWrites { get; init; }

    /// <summary>Stop after this many requests.</summary>
    public int MaxRequests { get; init; } = 1000;

    /// <summary>Stop after this much time.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The seed of every random choice: the same seed against the same server sends the same requests.</summary>
    public int Seed { get; init; }
}
