using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary><c>GET /api/v1/me</c> (the spec's path) and its real-server twin <c>/api/v1/management/me</c>.</summary>
internal static class MeEndpoints
{
    public static IEnumerable<Operation> Operations()
    {
        yield return new(FakeOperations.GetMe, "GET", "/api/v1/me", ApiFamily.V1Management, Operation.Sync(Me));
        yield return new(FakeOperations.GetMe, "GET", "/api/v1/management/me", ApiFamily.V1Management, Operation.Sync(Me));
    }

    /// <summary>The environment the key belongs to (the first one, by id, when it has several), as the spec's <c>Me</c> object, without an envelope.</summary>
    private static FakeResult Me(RequestContext context)
    {
        var environmentId = context.Key!.EnvironmentIds.Order(StringComparer.Ordinal).First();
        var environment = context.Data.Find<FakeEnvironment>(environmentId);
        if (environment is null)
        {
            return Errors.V1NotAuthenticated();
        }

        return FakeResult.Json(200, new JsonObject
        {
            ["id"] = environment.Id,
            ["type"] = environment.Type,
            ["environmentId"] = environment.Id,
            ["projectId"] = environment.ProjectId,
            ["organizationId"] = environment.OrganizationId,
            ["createdAt"] = EntityJson.Iso(environment.CreatedAt),
            ["updatedAt"] = EntityJson.Iso(environment.UpdatedAt),
        });
    }
}
