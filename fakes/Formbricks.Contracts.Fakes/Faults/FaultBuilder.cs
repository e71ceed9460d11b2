using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes;

/// <summary>
/// Builds one fault rule: optional conditions (<see cref="WhenQuery"/>, <see cref="WhenHeader"/>, <see cref="WhenBody"/>),
/// <see cref="Times"/> (default: every call), extra answer headers (<see cref="WithHeader"/>), then what happens.
/// </summary>
public sealed class FaultBuilder
{
    private readonly FakeFaults _owner;
    private readonly string? _operationId;
    private readonly string? _method;
    private readonly string? _template;
    private readonly List<Func<FaultRequest, bool>> _conditions = [];
    private readonly List<string> _conditionTexts = [];
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);
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

    /// <summary>Only calls whose query has <paramref name="name"/> with the value <paramref name="value"/> (ordinal) match.</summary>
    /// <param name="name">The query parameter, e.g. <c>limit</c>.</param>
    /// <param name="value">Its value, e.g. <c>250</c>.</param>
    /// <returns>This builder.</returns>
    public FaultBuilder WhenQuery(string name, string value)
    {
        _conditions.Add(r => r.Query.TryGetValue(name, out var values) && values.Contains(value, StringComparer.Ordinal));
        _conditionTexts.Add($"query {name}={value}");
        return this;
    }

    /// <summary>Only calls with the header <paramref name="name"/> (case-insensitive) equal to <paramref name="value"/> (ordinal) match.</summary>
    /// <param name="name">The header name, e.g. <c>x-api-key</c>.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This builder.</returns>
    public FaultBuilder WhenHeader(string name, string value)
    {
        _conditions.Add(r => r.Headers.TryGetValue(name, out var values) && values.Contains(value, StringComparer.Ordinal));
        _conditionTexts.Add($"header {name}: {value}");
        return this;
    }

    /// <summary>Only calls whose body (as text) satisfies <paramref name="predicate"/> match.</summary>
    /// <param name="predicate">The condition on the body text (empty when there is none).</param>
    /// <returns>This builder.</returns>
    public FaultBuilder WhenBody(Func<string, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        _conditions.Add(r => predicate(r.Body));
        _conditionTexts.Add("body predicate");
        return this;
    }

    /// <summary>Adds a header to the faulty answer, e.g. <c>WithHeader("Retry-After", "30")</c>.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value.</param>
    /// <returns>This builder.</returns>
    public FaultBuilder WithHeader(string name, string value)
    {
        _headers[name] = value;
        return this;
    }

    /// <summary>The calls answer <paramref name="status"/> with the real error body of the API family (429 gives the rate-limit body).</summary>
    /// <param name="status">The HTTP status, e.g. 503.</param>
    /// <returns>The owning <see cref="FakeFaults"/>, to add more.</returns>
    public FakeFaults RespondWith(int status) => Register(FaultKind.Status, status);

    /// <summary>The calls answer <paramref name="status"/> with a body of the test's choosing.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body, sent as is.</param>
    /// <param name="contentType">Its content type.</param>
    /// <returns>The owning <see cref="FakeFaults"/>.</returns>
    public FakeFaults RespondWith(int status, string body, string contentType = "application/json")
    {
        ArgumentNullException.ThrowIfNull(body);
        return Register(FaultKind.Status, status, body: body, contentType: contentType);
    }

    /// <summary>The calls answer 429 with the real rate-limit body.</summary>
    /// <returns>The owning <see cref="FakeFaults"/>.</returns>
    public FakeFaults TooManyRequests() => RespondWith(429);

    /// <summary>The calls answer <paramref name="status"/> with <c>application/json</c> that is cut off mid-value, so JSON readers fail.</summary>
    /// <param name="status">The HTTP status; 200 by default.</param>
    /// <returns>The owning <see cref="FakeFaults"/>.</returns>
    public FakeFaults RespondWithMalformedBody(int status = StatusCodes.Status200OK) =>
        Register(FaultKind.Malformed, status, body: "{\"data\":[{\"id\":");

    /// <summary>The calls wait <paramref name="delay"/> (real time) before being served normally.</summary>
    /// <param name="delay">The delay.</param>
    /// <returns>The owning <see cref="FakeFaults"/>.</returns>
    public FakeFaults Delay(TimeSpan delay) => Register(FaultKind.Delay, 0, delay);

    /// <summary>The calls never answer: the server waits until the client cancels or times out, then drops the connection.</summary>
    /// <returns>The owning <see cref="FakeFaults"/>.</returns>
    public FakeFaults Hang() => Register(FaultKind.Hang, 0);

    /// <summary>The connection is dropped without an answer; clients see an <see cref="HttpRequestException"/>.</summary>
    /// <returns>The owning <see cref="FakeFaults"/>.</returns>
    public FakeFaults DropConnection() => Register(FaultKind.Drop, 0);

    private FakeFaults Register(FaultKind kind, int status, TimeSpan delay = default, string? body = null, string contentType = "application/json")
    {
        _owner.Add(new FaultRule
        {
            OperationId = _operationId, Method = _method, Template = _template, Kind = kind, Status = status, Delay = delay, Remaining = _times,
            Body = body, ContentType = contentType, Headers = new Dictionary<string, string>(_headers, StringComparer.OrdinalIgnoreCase),
            Conditions = [.. _conditions], ConditionTexts = [.. _conditionTexts],
        });
        return _owner;
    }
}
