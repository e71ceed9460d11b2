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
    /// <returns>A builder; finish it with <see cref="FaultBuilder.RespondWith"/>, <see cref="FaultBuilder.Delay"/> or <see cref="FaultBuilder.DropConnection"/>.</returns>
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

    internal void Add(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
        }
    }

    /// <summary>Takes one use of the first rule matching the operation, if any.</summary>
    internal FaultRule? Take(string operationId, string method, string template)
    {
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (rule.Remaining != 0 && rule.Matches(operationId, method, template))
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

/// <summary>What an injected fault does.</summary>
internal enum FaultKind
{
    Status,
    Delay,
    Drop,
}

/// <summary>One fault rule; <see cref="Remaining"/> is -1 for "every call".</summary>
internal sealed class FaultRule
{
    public required string? OperationId { get; init; }

    public required string? Method { get; init; }

    public required string? Template { get; init; }

    public required FaultKind Kind { get; init; }

    public int Status { get; init; }

    public TimeSpan Delay { get; init; }

    public int Remaining { get; set; }

    public bool Matches(string operationId, string method, string template)
    {
        if (OperationId is not null)
        {
            return string.Equals(OperationId, operationId, StringComparison.Ordinal);
        }

        return string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) && OperationCatalog.SameTemplate(Template!, template);
    }
}

/// <summary>Builds one fault rule: <c>Times(n)</c> (default: every call), then what happens.</summary>
public sealed class FaultBuilder
{
    private readonly FakeFaults _owner;
    private readonly string? _operationId;
    private readonly string? _method;
    private readonly string? _template;
    private int _times = -1;

    internal FaultBuilder(FakeFaults owner, string? operationId, string? method, string? template)
    {
        _owner = owner;
        _operationId = operationId;
        _method = method;
        _template = template;
    }

    /// <summary>Limits the fault to the next <paramref name="count"/> matching calls; later calls succeed.</summary>
    /// <param name="count">How many calls fail (at least 1).</param>
    /// <returns>This builder.</returns>
    public FaultBuilder Times(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _times = count;
        return this;
    }

    /// <summary>The calls answer <paramref name="status"/> with the real error body of the API family (429 gives the rate-limit body).</summary>
    /// <param name="status">The HTTP status, e.g. 503.</param>
    /// <returns>The owning <see cref="FakeFaults"/>, to add more.</returns>
    public FakeFaults RespondWith(int status) => Register(FaultKind.Status, status, TimeSpan.Zero);

    /// <summary>The calls answer 429 with the real rate-limit body.</summary>
    /// <returns>The owning <see cref="FakeFaults"/>.</returns>
    public FakeFaults TooManyRequests() => RespondWith(429);

    /// <summary>The calls wait <paramref name="delay"/> (real time) before being served normally.</summary>
    /// <param name="delay">The delay.</param>
    /// <returns>The owning <see cref="FakeFaults"/>.</returns>
    public FakeFaults Delay(TimeSpan delay) => Register(FaultKind.Delay, 0, delay);

    /// <summary>The connection is dropped without an answer; clients see an <see cref="HttpRequestException"/>.</summary>
    /// <returns>The owning <see cref="FakeFaults"/>.</returns>
    public FakeFaults DropConnection() => Register(FaultKind.Drop, 0, TimeSpan.Zero);

    private FakeFaults Register(FaultKind kind, int status, TimeSpan delay)
    {
        _owner.Add(new FaultRule
        {
            OperationId = _operationId, Method = _method, Template = _template, Kind = kind, Status = status, Delay = delay, Remaining = _times,
        });
        return _owner;
    }
}
