using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Auth;
using Formbricks.Contracts.Fakes.Hosting;
using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes.Http;

/// <summary>
/// One served operation. The pipeline runs, in the real server's order: faults, authentication, body (413/400),
/// <see cref="Validate"/> (query, then params, then body schema), rate limit, <see cref="Handle"/>.
/// </summary>
internal sealed record Operation(
    string OperationId,
    string Method,
    string Template,
    ApiFamily Family,
    Func<RequestContext, Task<FakeResult>> Handle,
    Func<RequestContext, FakeResult?>? Validate = null)
{
    private readonly string[] _segments = Template.Trim('/').Split('/');

    /// <summary>Whether the operation reads a JSON body.</summary>
    public bool HasBody => Method is "POST" or "PUT" or "PATCH";

    /// <summary>Whether an API key is needed.</summary>
    public bool NeedsApiKey => Family is ApiFamily.V1Management or ApiFamily.V2Management;

    /// <summary>How many segments of the template are literal: Next.js prefers a static segment (<c>contacts/bulk</c>) over a dynamic one (<c>contacts/[id]</c>).</summary>
    public int LiteralSegments => _segments.Count(segment => !segment.StartsWith('{'));

    /// <summary>Matches a request path against the template; fills the route values.</summary>
    public bool TryMatch(string[] pathSegments, Dictionary<string, string> values)
    {
        if (pathSegments.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            if (segment.StartsWith('{'))
            {
                values[segment[1..^1]] = Uri.UnescapeDataString(pathSegments[i]);
            }
            else if (!string.Equals(segment, pathSegments[i], StringComparison.Ordinal))
            {
                values.Clear();
                return false;
            }
        }

        return true;
    }
}

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
