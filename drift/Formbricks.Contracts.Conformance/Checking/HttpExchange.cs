namespace Formbricks.Contracts.Conformance;

/// <summary>
/// One HTTP request and the answer it got, as a fake server's journal, a recording or a live run saw it: what
/// <see cref="ContractChecker"/> checks against the spec. Independent of where it came from.
/// </summary>
/// <param name="Method">HTTP method, e.g. <c>GET</c> (any case).</param>
/// <param name="PathAndQuery">
/// The request path with its query string, with or without the server's base path (<c>/api/v2/management/surveys?limit=3</c>).
/// </param>
/// <param name="Status">The status code answered.</param>
/// <param name="ContentType">The response <c>Content-Type</c>, or <see langword="null"/> when none was sent.</param>
/// <param name="Body">The response body text (empty for none).</param>
public sealed record HttpExchange(string Method, string PathAndQuery, int Status, string? ContentType, string Body)
{
    /// <summary>The request headers (for reports only), case-insensitive keys; empty when unknown.</summary>
    public IReadOnlyDictionary<string, string> RequestHeaders { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The response headers, case-insensitive keys, or <see langword="null"/> when they were not recorded (then the
    /// declared-headers rule is not applied).
    /// </summary>
    public IReadOnlyDictionary<string, string>? ResponseHeaders { get; init; }

    /// <summary>e.g. <c>GET /api/v1/me → 200</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Method.ToUpperInvariant()} {PathAndQuery} → {Status}";
}
