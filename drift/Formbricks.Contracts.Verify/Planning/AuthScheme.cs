using Microsoft.OpenApi;

namespace Formbricks.Contracts.Verify.Planning;

/// <summary>Where an operation's key goes: a header or query parameter (apiKey), or an <c>Authorization</c> scheme (http).</summary>
/// <param name="Location">Header or query.</param>
/// <param name="Name">The header or parameter name (<c>Authorization</c> for http schemes).</param>
/// <param name="Prefix">Put before the key (<c>Bearer </c> for http bearer; empty for apiKey).</param>
internal sealed record AuthScheme(ParameterLocation Location, string Name, string Prefix)
{
    /// <summary>The scheme of a security requirement's reference, or <see langword="null"/> for kinds verify cannot send (OAuth, OpenID, mutual TLS).</summary>
    public static AuthScheme? From(OpenApiSecuritySchemeReference scheme)
    {
        switch (scheme.Type)
        {
            case SecuritySchemeType.ApiKey when !string.IsNullOrEmpty(scheme.Name):
                return new AuthScheme(scheme.In == ParameterLocation.Query ? ParameterLocation.Query : ParameterLocation.Header, scheme.Name!, string.Empty);
            case SecuritySchemeType.Http:
                var kind = string.IsNullOrEmpty(scheme.Scheme) ? "Bearer" : char.ToUpperInvariant(scheme.Scheme![0]) + scheme.Scheme[1..];
                return new AuthScheme(ParameterLocation.Header, "Authorization", kind + " ");
            default:
                return null;
        }
    }
}
