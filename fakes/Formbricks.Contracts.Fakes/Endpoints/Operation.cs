using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

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

    /// <summary>Wraps a synchronous handler.</summary>
    public static Func<RequestContext, Task<FakeResult>> Sync(Func<RequestContext, FakeResult> handler) =>
        context => Task.FromResult(handler(context));
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
