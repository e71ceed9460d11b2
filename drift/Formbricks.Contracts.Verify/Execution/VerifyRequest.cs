using System.Text;
using Formbricks.Contracts.Verify.Planning;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Verify.Execution;

/// <summary>Which key a request carries.</summary>
internal enum KeyMode
{
    /// <summary>The key given to verify.</summary>
    Valid,

    /// <summary>No key.</summary>
    Missing,

    /// <summary>A key that cannot be valid.</summary>
    Wrong,
}

/// <summary>One request verify sends.</summary>
/// <param name="Method">The method, upper case.</param>
/// <param name="Path">The path, parameters filled in and escaped (relative to the base URL).</param>
/// <param name="Query">Query parameters (unescaped).</param>
/// <param name="Headers">Header parameters.</param>
/// <param name="Body">JSON body text, or <see langword="null"/>.</param>
/// <param name="Auth">Where the key goes, or <see langword="null"/> when the operation needs none.</param>
/// <param name="Key">Which key to send.</param>
internal sealed record VerifyRequest(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body,
    AuthScheme? Auth,
    KeyMode Key)
{
    /// <summary>The key text used for <see cref="KeyMode.Wrong"/>.</summary>
    public const string WrongKey = "fbk_verify_wrong_key_0000000000";

    /// <summary>The path and query as sent, without a key in the query (for reports and the conformance checks).</summary>
    public string PathAndQuery => Path + QueryText(Query);

    /// <summary>The query pairs including the key when the scheme puts it there.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> QueryWithKey(string? apiKey) =>
        Auth is { Location: ParameterLocation.Query } auth && KeyText(apiKey) is { } key ? [.. Query, new(auth.Name, key)] : Query;

    /// <summary>The headers including the key when the scheme puts it there.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> HeadersWithKey(string? apiKey) =>
        Auth is { Location: ParameterLocation.Header } auth && KeyText(apiKey) is { } key ? [.. Headers, new(auth.Name, auth.Prefix + key)] : Headers;

    /// <summary>The key to send in this mode, or <see langword="null"/>.</summary>
    public string? KeyText(string? apiKey) => Key switch
    {
        KeyMode.Valid => apiKey,
        KeyMode.Wrong => WrongKey,
        _ => null,
    };

    public static string QueryText(IEnumerable<KeyValuePair<string, string>> query)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in query)
        {
            text.Append(text.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }
}
