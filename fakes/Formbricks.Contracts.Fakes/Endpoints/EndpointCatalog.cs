using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary>Every operation the fake server serves, one group per resource.</summary>
internal static class EndpointCatalog
{
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
