using Formbricks.Contracts.Fakes.Operations;

namespace Formbricks.Contracts.Fakes;

/// <summary>
/// Injected failures: per operation (by OpenAPI operation id, or by method and path template) the next calls fail
/// with a status (and the real error body of that API family), are delayed, or lose their connection; plus the
/// switchable rate limit. Example: <c>server.Faults.For(FakeOperations.GetSurveys).Times(2).RespondWith(503)</c>.
/// </summary>
public sealed class FakeFaults
{
    private readonly List<FaultRule> _rules = [];
    private readonly object _gate = new();
    private readonly OperationCatalog _operations;

    internal FakeFaults(TimeProvider clock, bool rateLimit, OperationCatalog operations)
    {
        _operations = operations;
        RateLimit = new FakeRateLimit(clock) { Enabled = rateLimit };
    }

    /// <summary>The rate limit: 100 requests per 60 s per API key on the management APIs, off by default.</summary>
    public FakeRateLimit RateLimit { get; }

    /// <summary>Starts a fault for an operation, by operation id (e.g. <see cref="FakeOperations.GetSurveys"/>).</summary>
    /// <param name="operationId">The operation id.</param>
    /// <returns>A builder; finish it with <see cref="FaultBuilder.RespondWith(int)"/>, <see cref="FaultBuilder.Delay"/> or <see cref="FaultBuilder.DropConnection"/>.</returns>
    /// <exception cref="ArgumentException">The server serves no such operation (the message names the closest ids).</exception>
    public FaultBuilder For(string operationId)
    {
        _operations.RequireOperationId(operationId, nameof(operationId));
        return new(this, operationId, null, null);
    }

    /// <summary>Starts a fault for an operation, by method and path template (with or without the <c>/api</c> prefix).</summary>
    /// <param name="method">HTTP method, e.g. <c>GET</c>.</param>
    /// <param name="pathTemplate">Path template, e.g. <c>/v2/management/surveys/{id}</c>.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentException">The server has no such route (the message names the closest ones).</exception>
    public FaultBuilder For(string method, string pathTemplate)
    {
        _operations.RequireRoute(method, pathTemplate, nameof(pathTemplate));
        return new(this, null, method, pathTemplate);
    }

    /// <summary>Removes every fault rule (the rate limit setting stays).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>A snapshot of the rules, in matching order (for the admin API).</summary>
    internal IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return [.. _rules];
            }
        }
    }

    internal void Add(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
        }
    }

    /// <summary>Back to the start: no fault rules, the rate limit as the options set it, its counts forgotten.</summary>
    internal void Reset(bool rateLimit)
    {
        Clear();
        RateLimit.Disable();
        RateLimit.Limit = 100;
        RateLimit.Window = TimeSpan.FromSeconds(60);
        RateLimit.Enabled = rateLimit;
    }

    /// <summary>Takes one use of the first rule matching the operation, if any.</summary>
    internal FaultRule? Take(FaultRequest request)
    {
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (rule.Remaining != 0 && rule.Matches(request))
                {
                    if (rule.Remaining > 0)
                    {
                        rule.Remaining--;
                    }

                    return rule;
                }
            }

            return null;
        }
    }
}
