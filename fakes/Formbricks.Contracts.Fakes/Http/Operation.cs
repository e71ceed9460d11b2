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

/// <summary>Finds the operation of a request.</summary>
internal sealed class Router
{
    private readonly IReadOnlyList<Operation> _operations;

    public Router(IReadOnlyList<Operation> operations)
    {
        _operations = operations;
    }

    public IReadOnlyList<Operation> Operations => _operations;

    /// <summary>The operation for method and path, or whether only the method was wrong (405).</summary>
    public (Operation? Operation, Dictionary<string, string> Values, bool MethodMismatch) Match(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var mismatch = false;
        foreach (var operation in _operations)
        {
            if (operation.TryMatch(segments, values))
            {
                if (string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase))
                {
                    return (operation, values, false);
                }

                mismatch = true;
                values.Clear();
            }
        }

        return (null, values, mismatch);
    }
}
