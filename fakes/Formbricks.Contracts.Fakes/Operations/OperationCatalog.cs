namespace Formbricks.Contracts.Fakes.Operations;

/// <summary>One route of the fake server: operation id, HTTP method and path template (e.g. <c>/api/v1/me</c>, <c>/c/{token}</c>).</summary>
internal sealed record OperationRoute(string OperationId, string Method, string Template);

/// <summary>
/// The operations a server serves, to check what tests name: an unknown operation id or (method, path template)
/// throws <see cref="ArgumentException"/> naming the closest known ones, so a typo fails at once instead of never firing.
/// </summary>
internal sealed class OperationCatalog
{
    private const int Suggestions = 3;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _routes = new(StringComparer.OrdinalIgnoreCase);

    public OperationCatalog(IEnumerable<OperationRoute> routes)
    {
        foreach (var route in routes)
        {
            _ids.Add(route.OperationId);
            _routes.Add(RouteKey(route.Method, route.Template));
        }
    }

    /// <summary>Throws unless <paramref name="operationId"/> is served (compared exactly, as the journal and faults do).</summary>
    /// <exception cref="ArgumentException">The id is not served; the message names the closest ids.</exception>
    public void RequireOperationId(string operationId, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(operationId, parameterName);
        if (!_ids.Contains(operationId))
        {
            throw new ArgumentException(
                $"The fake server serves no operation '{operationId}'. Closest: {Closest(operationId, _ids)}. Use the constants of {nameof(FakeOperations)}.",
                parameterName);
        }
    }

    /// <summary>Throws unless the server has a route for <paramref name="method"/> and <paramref name="template"/> (with or without <c>/api</c>).</summary>
    /// <exception cref="ArgumentException">No such route; the message names the closest routes.</exception>
    public void RequireRoute(string method, string template, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(template, parameterName);
        var key = RouteKey(method, template);
        var withApi = RouteKey(method, "/api/" + template.TrimStart('/'));
        if (!_routes.Contains(key) && !_routes.Contains(withApi))
        {
            throw new ArgumentException(
                $"The fake server serves no route '{method.ToUpperInvariant()} {template}'. Closest: {Closest(withApi, _routes)}.",
                parameterName);
        }
    }

    /// <summary>Whether a rule's path template names the route <paramref name="template"/> (the <c>/api</c> prefix and a trailing slash are optional).</summary>
    public static bool SameTemplate(string ruleTemplate, string template) =>
        string.Equals(WithoutApi(ruleTemplate), WithoutApi(template), StringComparison.OrdinalIgnoreCase);

    private static string RouteKey(string method, string template) => method.ToUpperInvariant() + " " + template.TrimEnd('/');

    private static string WithoutApi(string template)
    {
        var t = template.TrimEnd('/');
        return t.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) ? t[4..] : t;
    }

    private static string Closest(string wanted, IEnumerable<string> known) =>
        string.Join(", ", known
            .Select(k => (Known: k, Distance: EditDistance.Between(wanted.ToUpperInvariant(), k.ToUpperInvariant())))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Known, StringComparer.Ordinal)
            .Take(Suggestions)
            .Select(k => $"'{k.Known}'"));
}
