using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Auth;
using Formbricks.Contracts.Fakes.Hosting;
using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes.Http;

/// <summary>One request as the endpoints see it: route values, parsed body, the caller's key.</summary>
internal sealed class RequestContext
{
    public required HttpContext Http { get; init; }

    public required Operation Operation { get; init; }

    public required ServerState State { get; init; }

    public required IReadOnlyDictionary<string, string> Route { get; init; }

    /// <summary>The parsed JSON body (operations with a body only).</summary>
    public JsonNode? Body { get; set; }

    /// <summary>The authenticated key (management operations only).</summary>
    public ApiKeyPrincipal? Key { get; set; }

    public FakeData Data => State.Data;

    public DateTimeOffset Now => State.Clock.GetUtcNow();

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
