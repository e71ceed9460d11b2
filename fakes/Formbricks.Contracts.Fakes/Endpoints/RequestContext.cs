using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Auth;
using Formbricks.Contracts.Fakes.Links;
using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary>One request as the endpoints see it: route values, parsed body, the caller's key.</summary>
internal sealed class RequestContext
{
    public required HttpContext Http { get; init; }

    public required Operation Operation { get; init; }

    public required FakeData Data { get; init; }

    public required TimeProvider Clock { get; init; }

    public required FakeFormbricksOptions Options { get; init; }

    /// <summary>Builds and checks the server's survey links.</summary>
    public required SurveyLinks Links { get; init; }

    public required IReadOnlyDictionary<string, string> Route { get; init; }

    /// <summary>The parsed JSON body (operations with a body only).</summary>
    public JsonNode? Body { get; set; }

    /// <summary>The list query (pagination, sort, date range) once a list route's validation has parsed it.</summary>
    public (int Limit, int Skip, ListFilter Filter)? ParsedListQuery { get; set; }

    /// <summary>The authenticated key (management operations only).</summary>
    public ApiKeyPrincipal? Key { get; set; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>A route value.</summary>
    public string this[string name] => Route[name];

    /// <summary>A query value (the last one when repeated, like <c>Object.fromEntries(searchParams)</c>), or <see langword="null"/>.</summary>
    public string? Query(string name)
    {
        var values = Http.Request.Query[name];
        return values.Count == 0 ? null : values[^1];
    }

    /// <summary>The body as an object, or an empty one.</summary>
    public JsonObject BodyObject => Body as JsonObject ?? new JsonObject();
}
