using System.Text.Json;
using System.Text.Json.Nodes;
using Formbricks.Contracts.Conformance;
using Formbricks.Contracts.Verify.Generation;
using Formbricks.Contracts.Verify.Planning;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Verify.Execution;

/// <summary>One verify run: per operation, breaking input, then the key checks, then valid input (and the stateful checks after it).</summary>
internal sealed class VerifyRun
{
    private const int MaxBreakingRequests = 3;
    private const int MaxIdAttempts = 5;
    private readonly OpenApiDocument _document;
    private readonly VerifyOptions _options;
    private readonly RequestSender _sender;
    private readonly Findings _findings;
    private readonly IdPool _pool = new();
    private readonly RequestFactory _factory;
    private readonly StatefulChecks _stateful;
    private readonly List<string> _operations = [];

    public VerifyRun(OpenApiDocument document, VerifyOptions options, RequestSender sender, Findings findings)
    {
        _document = document;
        _options = options;
        _sender = sender;
        _findings = findings;
        _factory = new RequestFactory(new ValueGenerator(new Random(options.Seed), _pool));
        _stateful = new StatefulChecks(document, options, sender, findings, _pool, _factory);
    }

    public async Task<VerifyReport> RunAsync(CancellationToken cancellationToken)
    {
        var templatesDone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in OperationCatalog.Plan(_document))
        {
            if ((plan.IsWrite && !_options.AllowWrites) || !_sender.CanSend)
            {
                continue;
            }

            _operations.Add(plan.Name);
            await BreakingInputAsync(plan, cancellationToken).ConfigureAwait(false);
            await KeyChecksAsync(plan, cancellationToken).ConfigureAwait(false);
            await ValidInputAsync(plan, 0, cancellationToken).ConfigureAwait(false);
            if (!plan.IsWrite && plan.Parameters.Any(p => p.In != ParameterLocation.Path && !p.Required))
            {
                await ValidInputAsync(plan, 1, cancellationToken).ConfigureAwait(false);
            }

            if (templatesDone.Add(plan.Template))
            {
                await _stateful.UnsupportedMethodAsync(plan, cancellationToken).ConfigureAwait(false);
            }
        }

        return new VerifyReport(_findings.Failures, _findings.Cases, _sender.Count, _operations, _sender.StoppedBy, _sender.Elapsed, Warnings());
    }

    private readonly List<string> _refusedKey = [];

    private List<string> Warnings() =>
        _refusedKey.Count == 0 ? [] : [$"{_refusedKey.Count} operation(s) answered 401 to the given key, so their valid input was not tested (check --api-key): {string.Join(", ", _refusedKey)}"];

    private async Task ValidInputAsync(OperationPlan plan, int variant, CancellationToken cancellationToken)
    {
        // A resource's state can refuse valid input (a survey without single-use links): the next ids seen are tried
        // before the check fails, and it fails only when every one of them is refused.
        VerifyRequest? previous = null;
        for (var attempt = 0; attempt < MaxIdAttempts; attempt++)
        {
            var (request, _) = _factory.Valid(plan, variant, KeyMode.Valid, attempt);
            if (previous is not null && request.PathAndQuery == previous.PathAndQuery && request.Body == previous.Body)
            {
                return;
            }

            previous = request;
            if (await _sender.SendAsync(request, cancellationToken).ConfigureAwait(false) is not { } exchange)
            {
                return;
            }

            _findings.CheckResponse(plan, request, exchange);
            _findings.Applied(VerifyCheck.PositiveDataAcceptance, plan.Name);
            var status = exchange.Status;
            if (status == 401 && plan.Auth is not null && !_refusedKey.Contains(plan.Name))
            {
                _refusedKey.Add(plan.Name);
            }

            if (status is >= 400 and < 500 and not 429 && !(status is 401 or 403 or 404 && plan.Declares(status)))
            {
                if (attempt == MaxIdAttempts - 1 || !UsesSeenIds(plan))
                {
                    _findings.Fail(VerifyCheck.PositiveDataAcceptance, plan.Method, plan.Template, request, status,
                        $"input that fits the schema was rejected with {status}: {Findings.Excerpt(exchange.Body)}");
                    return;
                }

                continue;
            }

            await AfterSuccessAsync(plan, request, exchange, cancellationToken).ConfigureAwait(false);
            return;
        }
    }

    private bool UsesSeenIds(OperationPlan plan) =>
        plan.Parameters.Any(p => p.In == ParameterLocation.Path && _pool.Candidates(IdPool.CollectionBefore(plan.Template, p.Name!), p.Name!).Count > 1)
        || plan.Body is not null;

    private async Task AfterSuccessAsync(OperationPlan plan, VerifyRequest request, HttpExchange exchange, CancellationToken cancellationToken)
    {
        var status = exchange.Status;
        if (status is < 200 or >= 300)
        {
            return;
        }

        _pool.Observe(plan.Template, Parse(exchange), created: plan.Method == "POST");
        if (plan.Method == "POST")
        {
            await _stateful.ReadBackAsync(plan, request, Parse(exchange), cancellationToken).ConfigureAwait(false);
        }
        else if (plan.Method == "DELETE")
        {
            await _stateful.UseAfterFreeAsync(plan, request, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task BreakingInputAsync(OperationPlan plan, CancellationToken cancellationToken)
    {
        var (valid, body) = _factory.Valid(plan, 0);
        var cases = new List<(VerifyRequest Request, string Why)>();
        foreach (var parameter in plan.Parameters)
        {
            foreach (var (text, why) in BreakingValues.ForParameter(parameter.Schema).Take(1))
            {
                cases.Add((RequestFactory.WithParameter(plan, valid, parameter, text), $"{parameter.In.ToString()!.ToLowerInvariant()} parameter '{parameter.Name}' = '{text}': {why}"));
            }
        }

        if (plan.Body is { } schema)
        {
            foreach (var (broken, why) in BreakingValues.ForBody(schema, body))
            {
                cases.Add((valid with { Body = broken?.ToJsonString() ?? "null" }, "body: " + why));
            }
        }

        foreach (var (request, why) in cases.Take(MaxBreakingRequests))
        {
            if (await _sender.SendAsync(request, cancellationToken).ConfigureAwait(false) is not { } exchange)
            {
                return;
            }

            _findings.CheckResponse(plan, request, exchange);
            _findings.Applied(VerifyCheck.NegativeDataRejection, plan.Name);
            if (exchange.Status is < 400 or >= 500)
            {
                _findings.Fail(VerifyCheck.NegativeDataRejection, plan.Method, plan.Template, request, exchange.Status,
                    $"input that breaks the schema ({why}) was not rejected with a 4xx: got {exchange.Status}");
            }
        }
    }

    private async Task KeyChecksAsync(OperationPlan plan, CancellationToken cancellationToken)
    {
        if (plan.Auth is null)
        {
            return;
        }

        foreach (var mode in (KeyMode[])[KeyMode.Missing, KeyMode.Wrong])
        {
            var (request, _) = _factory.Valid(plan, 0, mode);
            if (await _sender.SendAsync(request, cancellationToken).ConfigureAwait(false) is not { } exchange)
            {
                return;
            }

            _findings.CheckResponse(plan, request, exchange);
            _findings.Applied(VerifyCheck.IgnoredAuth, plan.Name);
            if (exchange.Status is not (401 or 403 or 429))
            {
                _findings.Fail(VerifyCheck.IgnoredAuth, plan.Method, plan.Template, request, exchange.Status,
                    $"a request with {(mode == KeyMode.Missing ? "no key" : "a wrong key")} got {exchange.Status}, not 401 or 403");
            }
        }
    }

    internal static JsonNode? Parse(HttpExchange exchange)
    {
        try
        {
            return exchange.Body.Length == 0 ? null : JsonNode.Parse(exchange.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
