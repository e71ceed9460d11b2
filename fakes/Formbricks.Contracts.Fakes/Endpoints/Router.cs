namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary>Finds the operation of a request.</summary>
internal sealed class Router
{
    private readonly IReadOnlyList<Operation> _operations;

    public Router(IReadOnlyList<Operation> operations)
    {
        _operations = operations;
    }

    public IReadOnlyList<Operation> Operations => _operations;

    /// <summary>
    /// The operation for method and path, or whether only the method was wrong (405). As in Next.js, the most static
    /// route that matches the path decides: <c>GET contacts/bulk</c> is a 405 of the bulk route, not a read of contact "bulk".
    /// </summary>
    public (Operation? Operation, Dictionary<string, string> Values, bool MethodMismatch) Match(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var mostStatic = -1;
        foreach (var operation in _operations)
        {
            if (operation.LiteralSegments > mostStatic && operation.TryMatch(segments, values))
            {
                mostStatic = operation.LiteralSegments;
            }

            values.Clear();
        }

        var mismatch = false;
        foreach (var operation in _operations)
        {
            if (operation.LiteralSegments == mostStatic && operation.TryMatch(segments, values))
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

    /// <summary>The methods of the route that serves <paramref name="path"/> (the most static match), for <c>Allow</c>.</summary>
    public IReadOnlyCollection<string> MethodsOf(string path)
    {
        var segments = path.Trim('/').Split('/');
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var matching = _operations.Where(o => o.TryMatch(segments, values)).ToList();
        if (matching.Count == 0)
        {
            return [];
        }

        var mostStatic = matching.Max(o => o.LiteralSegments);
        return matching.Where(o => o.LiteralSegments == mostStatic).Select(o => o.Method).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
