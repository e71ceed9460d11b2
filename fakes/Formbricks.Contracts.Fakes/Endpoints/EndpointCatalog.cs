using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary>Every operation the fake server serves, one group per resource.</summary>
internal static class EndpointCatalog
{
    /// <summary>
    /// Operations of the canonical spec that Formbricks 4.9.7 and 5.4 no longer serve (no route under
    /// <c>apps/web/app/api/v2/management/</c>; behaviour §7): served unless <c>ServeRemovedOperations</c> is off.
    /// </summary>
    public static readonly IReadOnlySet<string> RemovedFromFormbricks = new HashSet<string>(StringComparer.Ordinal)
    {
        FakeOperations.GetSurveys,
        FakeOperations.CreateSurvey,
        FakeOperations.GetSurvey,
        FakeOperations.UpdateSurvey,
        FakeOperations.DeleteSurvey,
        FakeOperations.GetContacts,
        FakeOperations.GetContact,
    };

    /// <summary>The operations one server routes: all, or without <see cref="RemovedFromFormbricks"/>.</summary>
    public static IReadOnlyList<Operation> Served(bool serveRemovedOperations) =>
        serveRemovedOperations ? All() : [.. All().Where(o => !RemovedFromFormbricks.Contains(o.OperationId))];

    public static IReadOnlyList<Operation> All() =>
    [
        .. MeEndpoints.Operations(),
        .. SurveyEndpoints.Operations(),
        .. ContactLinkEndpoints.Operations(),
        .. SingleUseEndpoints.Operations(),
        .. ResponseEndpoints.Operations(),
        .. ContactEndpoints.Operations(),
        .. AttributeKeyEndpoints.Operations(),
        .. ActionClassEndpoints.Operations(),
        .. WebhookEndpoints.Operations(),
        .. ClientEndpoints.Operations(),
        .. LinkPageEndpoints.Operations(),
    ];
}
