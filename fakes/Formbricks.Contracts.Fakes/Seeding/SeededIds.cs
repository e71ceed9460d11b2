namespace Formbricks.Contracts.Fakes;

/// <summary>The ids of the seeded data, for tests to aim at. The same seed gives the same ids.</summary>
public sealed record SeededIds
{
    /// <summary>The organization.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>The project.</summary>
    public required string ProjectId { get; init; }

    /// <summary>The main (production) environment; <see cref="FakeFormbricksServer.ApiKey"/> has manage on it.</summary>
    public required string EnvironmentId { get; init; }

    /// <summary>A second environment the default API key has no permission on.</summary>
    public required string OtherEnvironmentId { get; init; }

    /// <summary>A link survey, in progress, without single-use links.</summary>
    public required string LinkSurveyId { get; init; }

    /// <summary>A link survey, in progress, single-use links on, encrypted mode.</summary>
    public required string SingleUseEncryptedSurveyId { get; init; }

    /// <summary>A link survey, in progress, single-use links on, signed (unencrypted, <c>suToken</c>) mode.</summary>
    public required string SingleUseSurveyId { get; init; }

    /// <summary>A link survey in draft.</summary>
    public required string DraftSurveyId { get; init; }

    /// <summary>A paused link survey.</summary>
    public required string PausedSurveyId { get; init; }

    /// <summary>A completed link survey.</summary>
    public required string CompletedSurveyId { get; init; }

    /// <summary>An in-progress app survey.</summary>
    public required string AppSurveyId { get; init; }

    /// <summary>An app survey in draft.</summary>
    public required string AppDraftSurveyId { get; init; }

    /// <summary>A paused app survey.</summary>
    public required string AppPausedSurveyId { get; init; }

    /// <summary>A completed app survey.</summary>
    public required string AppCompletedSurveyId { get; init; }

    /// <summary>An in-progress link survey of <see cref="OtherEnvironmentId"/>.</summary>
    public required string OtherEnvironmentSurveyId { get; init; }

    /// <summary>Segments of the main environment by their size (see <see cref="FakeFormbricksOptions.SegmentSizes"/>).</summary>
    public required IReadOnlyDictionary<int, string> SegmentsBySize { get; init; }

    /// <summary>A segment whose filters cannot be translated (the real server answers 400).</summary>
    public required string InvalidFiltersSegmentId { get; init; }

    /// <summary>A segment of <see cref="OtherEnvironmentId"/>.</summary>
    public required string OtherEnvironmentSegmentId { get; init; }

    /// <summary>A contact of the main environment that has not responded to any survey (the newest contact).</summary>
    public required string ContactId { get; init; }

    /// <summary>A contact that already responded to <see cref="LinkSurveyId"/>.</summary>
    public required string RespondedContactId { get; init; }

    /// <summary>A contact of <see cref="OtherEnvironmentId"/>.</summary>
    public required string OtherEnvironmentContactId { get; init; }

    /// <summary>A response to <see cref="LinkSurveyId"/> (by <see cref="RespondedContactId"/>).</summary>
    public required string ResponseId { get; init; }

    /// <summary>A finished response to <see cref="SingleUseSurveyId"/> that used <see cref="UsedSingleUseId"/>.</summary>
    public required string SingleUseResponseId { get; init; }

    /// <summary>
    /// The single-use id <see cref="SingleUseResponseId"/> used: another response with it is a 409. Its link:
    /// <see cref="FakeLinks.CreateSingleUseLink(string, string)"/> with <see cref="SingleUseSurveyId"/>.
    /// </summary>
    public required string UsedSingleUseId { get; init; }

    /// <summary>A webhook of the main environment.</summary>
    public required string WebhookId { get; init; }

    /// <summary>An action class of the main environment.</summary>
    public required string ActionClassId { get; init; }
}
