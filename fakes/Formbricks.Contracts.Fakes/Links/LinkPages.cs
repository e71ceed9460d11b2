namespace Formbricks.Contracts.Fakes.Links;

/// <summary>Decides which page <c>/c/{token}</c> (behaviour §2) and <c>/s/{surveyId}</c> (§3) show, in the real order.</summary>
internal static class LinkPages
{
    public const string ExpiredHeading = "Your link is expired.";
    public const string ExpiredText = "The link you used is no longer valid.";
    public const string InvalidHeading = "This looks fishy.";
    public const string InvalidText = "This survey can only be taken by invitation.";
    public const string AnsweredHeading = "The survey has already been answered.";
    public const string ContactAnsweredText = "A response linked to this survey and contact already exists";
    public const string SingleUseAnsweredText = "You can only use this link once.";

    /// <summary>§2: token (expired/invalid) → existing contact response → survey → single use → render.</summary>
    public static async Task<LinkOutcome> ContactLinkAsync(SurveyLinks links, string token, string? suId, string? suToken)
    {
        var (tokenState, contactId, surveyId) = await links.Tokens.VerifyAsync(token, links.Clock.GetUtcNow()).ConfigureAwait(false);
        if (tokenState == TokenState.Expired)
        {
            return Outcome(LinkStatus.Expired, 200, null, null, null, ExpiredHeading, ExpiredText);
        }

        if (tokenState == TokenState.Invalid)
        {
            return Outcome(LinkStatus.Invalid, 200, null, null, null, InvalidHeading, InvalidText);
        }

        if (links.Data.Responses.Any(r => r.SurveyId == surveyId && r.ContactId == contactId))
        {
            return Outcome(LinkStatus.AlreadyAnswered, 200, surveyId, contactId, null, AnsweredHeading, ContactAnsweredText);
        }

        var survey = links.Data.Find<FakeSurvey>(surveyId!);
        if (survey is null)
        {
            // getSurvey throws ResourceNotFoundError → the Next.js error page.
            return Outcome(LinkStatus.Error, 500, surveyId, contactId, null, "Something went wrong", "Internal Server Error");
        }

        string? singleUseId = null;
        if (survey.SingleUse is { Enabled: true })
        {
            singleUseId = links.ValidateSingleUse(survey, suId, suToken);
            if (singleUseId is null)
            {
                return Outcome(LinkStatus.Invalid, 200, survey.Id, null, null, InvalidHeading, InvalidText);
            }
        }

        return Render(survey, contactId, singleUseId);
    }

    /// <summary>§3: survey (404) → single use (invalid, or used: finished → answered, unfinished → resumes) → render.</summary>
    public static LinkOutcome SurveyLink(SurveyLinks links, string surveyId, string? suId, string? suToken)
    {
        var survey = links.Data.Find<FakeSurvey>(surveyId);
        if (survey is null)
        {
            return Outcome(LinkStatus.NotFound, 404, null, null, null, "Not Found", "This page could not be found.");
        }

        string? singleUseId = null;
        if (survey.SingleUse is { Enabled: true })
        {
            singleUseId = links.ValidateSingleUse(survey, suId, suToken);
            if (singleUseId is null)
            {
                return Outcome(LinkStatus.Invalid, 200, survey.Id, null, null, InvalidHeading, InvalidText);
            }

            var used = links.Data.Responses.FirstOrDefault(r => r.SurveyId == survey.Id && r.SingleUseId == singleUseId);
            if (used is { Finished: true })
            {
                // SurveyLinkUsed: singleUse.heading ?? default, singleUse.subheading ?? default (each on its own).
                return Outcome(
                    LinkStatus.AlreadyAnswered, 200, survey.Id, null, singleUseId,
                    survey.SingleUse.Heading ?? AnsweredHeading, survey.SingleUse.Subheading ?? SingleUseAnsweredText);
            }
        }

        return Render(survey, null, singleUseId);
    }

    /// <summary>
    /// <c>renderSurvey</c>: draft or non-link → 404; paused/completed → inactive pages (a completed survey with a
    /// <c>surveyClosedMessage</c> shows its heading and subheading instead of the defaults); else the survey.
    /// </summary>
    private static LinkOutcome Render(FakeSurvey survey, string? contactId, string? singleUseId) => survey switch
    {
        { Status: FakeSurveyStatus.Draft } or { Type: not FakeSurveyType.Link } =>
            Outcome(LinkStatus.NotFound, 404, survey.Id, null, null, "Not Found", "This page could not be found."),
        { Status: FakeSurveyStatus.Paused } =>
            Outcome(LinkStatus.Paused, 200, survey.Id, contactId, singleUseId, "Survey Paused", "This survey is temporarily paused."),
        { Status: FakeSurveyStatus.Completed, SurveyClosedMessage: { } closed } =>
            Outcome(LinkStatus.Completed, 200, survey.Id, contactId, singleUseId, closed.Heading, closed.Subheading),
        { Status: FakeSurveyStatus.Completed } =>
            Outcome(LinkStatus.Completed, 200, survey.Id, contactId, singleUseId, "Survey Completed", "This survey is closed."),
        _ => Outcome(LinkStatus.Valid, 200, survey.Id, contactId, singleUseId, survey.Name, null),
    };

    private static LinkOutcome Outcome(
        LinkStatus status, int httpStatus, string? surveyId, string? contactId, string? singleUseId, string? heading, string? text) =>
        new(status, httpStatus, surveyId, contactId, singleUseId, heading, text);
}
