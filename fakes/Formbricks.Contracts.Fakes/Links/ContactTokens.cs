using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Formbricks.Contracts.Fakes.Links;

/// <summary>The result of checking a personal-link token.</summary>
internal enum TokenState
{
    Valid,
    Expired,
    Invalid,
}

/// <summary>Personal-link JWTs as the real server makes them: HS256, encrypted <c>contactId</c>/<c>surveyId</c> claims, <c>iat</c>, optional <c>exp</c>.</summary>
internal sealed class ContactTokens
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly LinkSecrets _secrets;
    private readonly SymmetricSecurityKey _key;

    public ContactTokens(LinkSecrets secrets)
    {
        _secrets = secrets;
        _key = new SymmetricSecurityKey(secrets.JwtKey);
    }

    /// <summary>Signs a token; <c>exp = iat + floor(days·86400)</c> when <paramref name="expirationDays"/> is positive.</summary>
    public string Create(string contactId, string surveyId, double? expirationDays, DateTimeOffset now)
    {
        var iat = now.ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["contactId"] = _secrets.Encrypt(contactId),
            ["surveyId"] = _secrets.Encrypt(surveyId),
            ["iat"] = iat,
        };
        if (expirationDays is > 0 and var days)
        {
            payload["exp"] = iat + (long)Math.Floor(days * 86400);
        }

        return Handler.CreateToken(payload.ToJsonString(), new SigningCredentials(_key, SecurityAlgorithms.HmacSha256));
    }

    /// <summary>
    /// <c>jwt.verify</c> then decrypting the claims: signature first (HS256/384/512 only, so <c>alg: none</c> fails),
    /// then expiry by <paramref name="now"/> (<c>now &gt;= exp</c>, no tolerance).
    /// </summary>
    public async Task<(TokenState State, string? ContactId, string? SurveyId)> VerifyAsync(string token, DateTimeOffset now)
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = false,
        };

        TokenValidationResult result;
        try
        {
            result = await Handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        }
        catch (Exception)
        {
            return (TokenState.Invalid, null, null);
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return (TokenState.Invalid, null, null);
        }

        if (jwt.TryGetPayloadValue<long>("exp", out var exp) && now.ToUnixTimeSeconds() >= exp)
        {
            return (TokenState.Expired, null, null);
        }

        if (!jwt.TryGetPayloadValue<string>("contactId", out var contactBlob) || !jwt.TryGetPayloadValue<string>("surveyId", out var surveyBlob))
        {
            return (TokenState.Invalid, null, null);
        }

        var contactId = _secrets.Decrypt(contactBlob);
        var surveyId = _secrets.Decrypt(surveyBlob);
        return contactId is null || surveyId is null ? (TokenState.Invalid, null, null) : (TokenState.Valid, contactId, surveyId);
    }
}
