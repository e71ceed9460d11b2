using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Links;

/// <summary>
/// Builds and checks the links of one server: personal links (<c>/c/{jwt}</c>), survey links (<c>/s/{id}</c>) and
/// their single-use parameters, with the server's secrets and public domain.
/// </summary>
internal sealed class SurveyLinks
{
    public SurveyLinks(FakeData data, TimeProvider clock, LinkSecrets secrets)
    {
        Data = data;
        Clock = clock;
        Secrets = secrets;
        Tokens = new ContactTokens(secrets);
    }

    public FakeData Data { get; }

    public TimeProvider Clock { get; }

    public LinkSecrets Secrets { get; }

    public ContactTokens Tokens { get; }

    /// <summary>The public domain of generated links, without a trailing slash; known once the server listens.</summary>
    public string PublicUrl { get; set; } = "http://localhost:3000";

    /// <summary>A personal link issued at <paramref name="now"/>: <c>{PublicUrl}/c/{jwt}</c>, plus single-use parameters when the survey has them on.</summary>
    public string ContactLink(string contactId, FakeSurvey survey, double? expirationDays, DateTimeOffset now) =>
        WithSingleUse($"c/{Tokens.Create(contactId, survey.Id, expirationDays, now)}", survey);

    /// <summary>A survey link, <c>{PublicUrl}/s/{surveyId}</c>, plus single-use parameters (for <paramref name="singleUseId"/> or a new id).</summary>
    public string SurveyLink(FakeSurvey survey, string? singleUseId = null) => WithSingleUse($"s/{survey.Id}", survey, singleUseId);

    /// <summary>
    /// <c>checkAndValidateSingleUseId</c>: the canonical single-use id, or <see langword="null"/> when invalid
    /// (encrypted mode: the decrypted id must pass zod's cuid2 check; signed mode: the HMAC must match).
    /// </summary>
    public string? ValidateSingleUse(FakeSurvey survey, string? suId, string? suToken)
    {
        if (string.IsNullOrEmpty(suId) || survey.SingleUse is not { } singleUse)
        {
            return null;
        }

        if (singleUse.IsEncrypted)
        {
            var decrypted = Secrets.Decrypt(suId);
            return Zod.IsCuid2(decrypted) ? decrypted : null;
        }

        return Secrets.VerifySingleUseToken(survey.Id, suId, suToken) ? suId : null;
    }

    /// <summary>
    /// <c>{PublicUrl}/{pathAndId}</c> plus single-use parameters when the survey has them on: encrypted mode
    /// <c>?suId=&lt;blob&gt;</c>, signed mode <c>?suId=&lt;id&gt;&amp;suToken=&lt;hmac&gt;</c>.
    /// </summary>
    private string WithSingleUse(string pathAndId, FakeSurvey survey, string? singleUseId = null)
    {
        var url = $"{PublicUrl}/{pathAndId}";
        if (survey.SingleUse is not { Enabled: true } singleUse)
        {
            return url;
        }

        var id = singleUseId ?? Data.NewId();
        return singleUse.IsEncrypted
            ? $"{url}?suId={Uri.EscapeDataString(Secrets.Encrypt(id))}"
            : $"{url}?suId={Uri.EscapeDataString(id)}&suToken={Secrets.SingleUseToken(survey.Id, id)}";
    }
}
