using System.Net.Http.Headers;
using System.Text.Json;
using Formbricks.Contracts.Fakes.Links;

namespace Formbricks.Contracts.Fakes;

/// <summary>What opening a survey link (<c>/c/{token}</c> or <c>/s/{surveyId}</c>) shows.</summary>
public enum LinkStatus
{
    /// <summary>The survey is shown.</summary>
    Valid,

    /// <summary>"Your link is expired." / "The link you used is no longer valid."</summary>
    Expired,

    /// <summary>"This looks fishy." / "This survey can only be taken by invitation." (bad signature, bad single-use id, garbage).</summary>
    Invalid,

    /// <summary>
    /// "The survey has already been answered." (contact responded, or single-use link used; a used single-use link shows
    /// the survey's <see cref="FakeSingleUse.Heading"/> and <see cref="FakeSingleUse.Subheading"/> when set).
    /// </summary>
    AlreadyAnswered,

    /// <summary>"Survey Paused" / "This survey is temporarily paused."</summary>
    Paused,

    /// <summary>"Survey Completed" / "This survey is closed.", or the survey's <see cref="FakeSurvey.SurveyClosedMessage"/>.</summary>
    Completed,

    /// <summary>HTTP 404: unknown, draft or non-link survey.</summary>
    NotFound,

    /// <summary>HTTP 500: the real server's error page (e.g. the token names a deleted survey).</summary>
    Error,
}

/// <summary>The outcome of opening a link, as the JSON form of the page reports it.</summary>
/// <param name="Status">Which page was shown.</param>
/// <param name="HttpStatus">The HTTP status (200 for every survey page, as the real server; 404/500 otherwise).</param>
/// <param name="SurveyId">The survey, when known.</param>
/// <param name="ContactId">The contact of a personal link, when valid.</param>
/// <param name="SingleUseId">The canonical single-use id, when valid.</param>
/// <param name="Heading">The page heading (the survey's own text where it has one; <see langword="null"/> when that is unset).</param>
/// <param name="Text">The page text (likewise).</param>
public sealed record LinkOutcome(
    LinkStatus Status, int HttpStatus, string? SurveyId, string? ContactId, string? SingleUseId, string? Heading, string? Text);

/// <summary>Makes and opens survey links of the fake server.</summary>
public sealed class FakeLinks
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly SurveyLinks _links;
    private readonly Func<HttpClient> _client;

    internal FakeLinks(SurveyLinks links, Func<HttpClient> client)
    {
        _links = links;
        _client = client;
    }

    /// <summary>Makes a personal link exactly as the contact-link API would (no checks).</summary>
    /// <param name="contactId">The contact.</param>
    /// <param name="surveyId">The survey.</param>
    /// <param name="expirationDays">Days until the token expires; <see langword="null"/> = never.</param>
    /// <returns>The link, <c>{PublicUrl}/c/{jwt}[?suId=…]</c>.</returns>
    public Uri CreateContactLink(string contactId, string surveyId, double? expirationDays = null)
    {
        var survey = _links.Data.Find<FakeSurvey>(surveyId) ?? throw new ArgumentException($"Unknown survey {surveyId}.", nameof(surveyId));
        return new Uri(_links.ContactLink(contactId, survey, expirationDays, _links.Clock.GetUtcNow()));
    }

    /// <summary>Makes a single-use link of a survey with single-use links on, as <c>singleUseIds</c> would.</summary>
    /// <param name="surveyId">The survey.</param>
    /// <returns>The link, <c>{PublicUrl}/s/{surveyId}?suId=…[&amp;suToken=…]</c>.</returns>
    public Uri CreateSingleUseLink(string surveyId)
    {
        var survey = _links.Data.Find<FakeSurvey>(surveyId) ?? throw new ArgumentException($"Unknown survey {surveyId}.", nameof(surveyId));
        return new Uri(_links.SurveyLink(survey));
    }

    /// <summary>Makes the single-use link of a given (canonical) single-use id, e.g. <see cref="SeededIds.UsedSingleUseId"/>.</summary>
    /// <param name="surveyId">The survey, with single-use links on.</param>
    /// <param name="singleUseId">The canonical id (a cuid2 in encrypted mode; any string in signed mode).</param>
    /// <returns>The link, <c>{PublicUrl}/s/{surveyId}?suId=…[&amp;suToken=…]</c>.</returns>
    public Uri CreateSingleUseLink(string surveyId, string singleUseId)
    {
        ArgumentException.ThrowIfNullOrEmpty(singleUseId);
        var survey = _links.Data.Find<FakeSurvey>(surveyId) ?? throw new ArgumentException($"Unknown survey {surveyId}.", nameof(surveyId));
        return new Uri(_links.SurveyLink(survey, singleUseId));
    }

    /// <summary>
    /// Opens a link of this server (its host may be <see cref="FakeFormbricksOptions.PublicUrl"/>: only path and query are
    /// used) with <c>Accept: application/json</c> and reports which page it shows.
    /// </summary>
    /// <param name="link">A <c>/c/{token}</c> or <c>/s/{surveyId}</c> link.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The outcome.</returns>
    public async Task<LinkOutcome> OpenAsync(Uri link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        using var client = _client();
        var pathAndQuery = link.IsAbsoluteUri ? link.PathAndQuery : link.OriginalString;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(client.BaseAddress!, pathAndQuery));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var page = JsonSerializer.Deserialize<LinkOutcome>(body, JsonOptions)
            ?? throw new InvalidOperationException("The link page answered no JSON.");
        return page with { HttpStatus = (int)response.StatusCode };
    }
}
