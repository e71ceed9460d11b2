using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes.Auth;

/// <summary>An authenticated API key and its per-environment permissions (<c>api-key-auth.ts</c>).</summary>
internal sealed partial class ApiKeyPrincipal
{
    private readonly IReadOnlyDictionary<string, FakeAccessLevel> _permissions;

    private ApiKeyPrincipal(string key, IReadOnlyDictionary<string, FakeAccessLevel> permissions)
    {
        Key = key;
        _permissions = permissions;
    }

    /// <summary>The key text (the rate limit counts per key).</summary>
    public string Key { get; }

    /// <summary>The environments the key has any permission on.</summary>
    public IEnumerable<string> EnvironmentIds => _permissions.Keys;

    /// <summary>
    /// Reads <c>x-api-key</c> (trimmed) or, failing that, <c>Authorization: Bearer fbk_…</c>; <see langword="null"/>
    /// when missing, unknown, or without any environment permission (all 401 on the real server).
    /// </summary>
    public static ApiKeyPrincipal? Authenticate(HttpRequest request, FakeData data)
    {
        var key = request.Headers["x-api-key"].ToString().Trim();
        if (key.Length == 0)
        {
            var authorization = request.Headers.Authorization.ToString().Trim();
            var match = BearerKey().Match(authorization);
            key = match.Success ? match.Groups[1].Value : "";
        }

        if (key.Length == 0 || data.FindApiKey(key) is not { Length: > 0 } grants)
        {
            return null;
        }

        var permissions = new Dictionary<string, FakeAccessLevel>(StringComparer.Ordinal);
        foreach (var grant in grants)
        {
            permissions[grant.EnvironmentId!] = grant.Permission;
        }

        return new ApiKeyPrincipal(key, permissions);
    }

    /// <summary>The permission a method needs: GET read, POST/PUT/PATCH write, DELETE manage.</summary>
    public static FakeAccessLevel Required(string method) => method.ToUpperInvariant() switch
    {
        "GET" or "HEAD" => FakeAccessLevel.Read,
        "DELETE" => FakeAccessLevel.Manage,
        _ => FakeAccessLevel.Write,
    };

    /// <summary><c>hasPermission</c>: manage ⊃ write ⊃ read.</summary>
    public bool Has(string environmentId, FakeAccessLevel needed) =>
        _permissions.TryGetValue(environmentId, out var held) && held >= needed;

    /// <summary><c>hasPermission</c> for the method of the request.</summary>
    public bool CanDo(string environmentId, string method) => Has(environmentId, Required(method));

    [GeneratedRegex("^Bearer\\s+(fbk_[A-Za-z0-9_-]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BearerKey();
}
