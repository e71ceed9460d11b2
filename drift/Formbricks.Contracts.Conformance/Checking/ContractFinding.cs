using System.Globalization;

namespace Formbricks.Contracts.Conformance;

/// <summary>One way an <see cref="HttpExchange"/> does not keep the spec.</summary>
/// <param name="Method">The request method, upper case.</param>
/// <param name="PathAndQuery">The request path and query as sent.</param>
/// <param name="Template">The spec path the request matched, or <see langword="null"/> when none did.</param>
/// <param name="Status">The status answered.</param>
/// <param name="Pointer">JSON pointer of the offending value in the body; <c>""</c> for the response as a whole.</param>
/// <param name="Message">What does not fit.</param>
/// <param name="Kind">What part of the contract is broken.</param>
public sealed record ContractFinding(string Method, string PathAndQuery, string? Template, int Status, string Pointer, string Message, ContractFindingKind Kind = ContractFindingKind.Body)
{
    /// <summary>e.g. <c>GET /api/v2/management/surveys/x → 200: /data/id: expected string, got integer</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1} → {2}: {3}{4}",
        Method,
        PathAndQuery,
        Status,
        Pointer.Length == 0 ? string.Empty : Pointer + ": ",
        Message);
}
