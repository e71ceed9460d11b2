namespace Formbricks.Contracts.Fakes;

/// <summary>
/// The operation ids the fake server serves, one constant per operation: use them wherever an operation id is asked
/// for (<c>server.Faults.For(FakeOperations.GetSurveys)</c>, <c>server.Journal.ForOperation(FakeOperations.GetMe)</c>),
/// so a typo does not compile. The ids are the OpenAPI <c>operationId</c>s of <c>spec/formbricks.openapi.yml</c>, plus
/// the four routes the fake serves beyond the spec (v2 client API, link pages). Paths are relative to <c>/api</c>
/// unless marked as pages.
/// </summary>
public static class FakeOperations
{
    /// <summary><c>GET /v1/me</c>: The API key's organization and environments (also served at <c>/v1/management/me</c>, the real path).</summary>
    public const string GetMe = "getMe";

    /// <summary><c>GET /v2/management/surveys</c>: A page of surveys.</summary>
    public const string GetSurveys = "getSurveys";

    /// <summary><c>POST /v2/management/surveys</c>: Creates a survey.</summary>
    public const string CreateSurvey = "createSurvey";

    /// <summary><c>GET /v2/management/surveys/{id}</c>: One survey.</summary>
    public const string GetSurvey = "getSurvey";

    /// <summary><c>PUT /v2/management/surveys/{id}</c>: Updates a survey.</summary>
    public const string UpdateSurvey = "updateSurvey";

    /// <summary><c>DELETE /v2/management/surveys/{id}</c>: Deletes a survey.</summary>
    public const string DeleteSurvey = "deleteSurvey";

    /// <summary><c>GET /v2/management/surveys/{id}/contact-links/segments/{segmentId}</c>: A page of personal links for the contacts of a segment.</summary>
    public const string GetContactLinksBySegment = "getContactLinksBySegment";

    /// <summary><c>GET /v2/management/surveys/{id}/contact-links/contacts/{contactId}</c>: The personal link of one contact.</summary>
    public const string GetPersonalizedSurveyLink = "getPersonalizedSurveyLink";

    /// <summary><c>GET /v1/management/surveys/{id}/singleUseIds</c>: New single-use links of a survey.</summary>
    public const string GetSingleUseIds = "getSingleUseIds";

    /// <summary><c>GET /v2/management/responses</c>: A page of responses.</summary>
    public const string GetResponses = "getResponses";

    /// <summary><c>POST /v2/management/responses</c>: Creates a response.</summary>
    public const string CreateResponse = "createResponse";

    /// <summary><c>GET /v2/management/responses/{id}</c>: One response.</summary>
    public const string GetResponse = "getResponse";

    /// <summary><c>PUT /v2/management/responses/{id}</c>: Updates a response.</summary>
    public const string UpdateResponse = "updateResponse";

    /// <summary><c>DELETE /v2/management/responses/{id}</c>: Deletes a response.</summary>
    public const string DeleteResponse = "deleteResponse";

    /// <summary><c>GET /v2/management/contacts</c>: A page of contacts.</summary>
    public const string GetContacts = "getContacts";

    /// <summary><c>PUT /v2/management/contacts/bulk</c>: Creates or updates contacts in bulk.</summary>
    public const string BulkUpsertContacts = "bulkUpsertContacts";

    /// <summary><c>GET /v2/management/contacts/{id}</c>: One contact.</summary>
    public const string GetContact = "getContact";

    /// <summary><c>GET /v2/management/contact-attribute-keys</c>: A page of contact attribute keys.</summary>
    public const string GetContactAttributeKeys = "getContactAttributeKeys";

    /// <summary><c>POST /v2/management/contact-attribute-keys</c>: Creates a contact attribute key.</summary>
    public const string CreateContactAttributeKey = "createContactAttributeKey";

    /// <summary><c>GET /v1/management/action-classes</c>: The action classes.</summary>
    public const string GetActionClasses = "getActionClasses";

    /// <summary><c>POST /v1/management/action-classes</c>: Creates an action class.</summary>
    public const string CreateActionClass = "createActionClass";

    /// <summary><c>DELETE /v1/management/action-classes/{id}</c>: Deletes an action class.</summary>
    public const string DeleteActionClass = "deleteActionClass";

    /// <summary><c>GET /v1/webhooks</c>: The webhooks.</summary>
    public const string GetWebhooks = "getWebhooks";

    /// <summary><c>POST /v1/webhooks</c>: Creates a webhook.</summary>
    public const string CreateWebhook = "createWebhook";

    /// <summary><c>GET /v1/webhooks/{id}</c>: One webhook.</summary>
    public const string GetWebhook = "getWebhook";

    /// <summary><c>DELETE /v1/webhooks/{id}</c>: Deletes a webhook.</summary>
    public const string DeleteWebhook = "deleteWebhook";

    /// <summary><c>POST /v1/client/{environmentId}/displays</c>: The client API: records a display.</summary>
    public const string CreateDisplay = "createDisplay";

    /// <summary><c>POST /v1/client/{environmentId}/responses</c>: The client API: records a response.</summary>
    public const string CreateClientResponse = "createClientResponse";

    /// <summary><c>POST /v2/client/{environmentId}/displays</c>: The v2 client API: records a display (with <c>contactId</c>). Not in the spec: served because personal links use it.</summary>
    public const string CreateDisplayV2 = "createDisplayV2";

    /// <summary><c>POST /v2/client/{environmentId}/responses</c>: The v2 client API: records a response (with <c>contactId</c>). Not in the spec: served because personal links use it.</summary>
    public const string CreateClientResponseV2 = "createClientResponseV2";

    /// <summary><c>GET /c/{token}</c>: The page of a personal link (outside <c>/api</c>). Not in the spec: the survey page a link opens.</summary>
    public const string OpenContactLink = "openContactLink";

    /// <summary><c>GET /s/{surveyId}</c>: The page of a survey link (outside <c>/api</c>). Not in the spec: the survey page a link opens.</summary>
    public const string OpenSurveyLink = "openSurveyLink";
}
