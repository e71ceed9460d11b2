namespace Formbricks.Contracts.Verify;

/// <summary>One failed check: what, on which operation, and the <c>curl</c> line that reproduces it.</summary>
/// <param name="Check">The check id (<see cref="VerifyCheck"/>).</param>
/// <param name="Method">The operation's method, upper case.</param>
/// <param name="Template">The operation's path template, e.g. <c>/v2/management/surveys/{id}</c>.</param>
/// <param name="Status">The status answered.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Curl">A <c>curl</c> command that sends the same request (the key as <c>$FORMBRICKS_API_KEY</c>).</param>
public sealed record VerifyFailure(string Check, string Method, string Template, int Status, string Message, string Curl)
{
    /// <summary>e.g. <c>GET /v1/me</c>.</summary>
    public string Operation => Method + " " + Template;
}

/// <summary>One check applied to one operation (for JUnit: a test case that passed or failed).</summary>
/// <param name="Check">The check id.</param>
/// <param name="Operation">e.g. <c>GET /v1/me</c>.</param>
public sealed record VerifyCase(string Check, string Operation);

/// <summary>What a verify run did and found.</summary>
public sealed class VerifyReport
{
    internal VerifyReport(IReadOnlyList<VerifyFailure> failures, IReadOnlyList<VerifyCase> cases, int requests, IReadOnlyList<string> operations, string? stoppedBy, TimeSpan elapsed, IReadOnlyList<string> warnings)
    {
        Warnings = warnings;
        Failures = failures;
        Cases = cases;
        Requests = requests;
        Operations = operations;
        StoppedBy = stoppedBy;
        Elapsed = elapsed;
    }

    /// <summary>The failed checks, in the order they were found (one per check, operation and message).</summary>
    public IReadOnlyList<VerifyFailure> Failures { get; }

    /// <summary>Every check applied to every operation, failed or not, in order.</summary>
    public IReadOnlyList<VerifyCase> Cases { get; }

    /// <summary>What made the run weaker than it looks, e.g. operations that refused the given key (then little was tested).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>How many requests were sent.</summary>
    public int Requests { get; }

    /// <summary>The operations called (e.g. <c>GET /v1/me</c>), in order.</summary>
    public IReadOnlyList<string> Operations { get; }

    /// <summary><c>max-requests</c> or <c>time-limit</c> when a bound stopped the run early; <see langword="null"/> when it ran to the end.</summary>
    public string? StoppedBy { get; }

    /// <summary>How long the run took.</summary>
    public TimeSpan Elapsed { get; }
}
