using Formbricks.Contracts.Fakes.Operations;
using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes;

/// <summary>What an injected fault does.</summary>
internal enum FaultKind
{
    Status,
    Delay,
    Drop,
    Hang,
    Malformed,
}

/// <summary>The parts of a request a fault rule can match on.</summary>
internal sealed record FaultRequest(string OperationId, string Method, string Template, IQueryCollection Query, IHeaderDictionary Headers, string Body);

/// <summary>One fault rule; <see cref="Remaining"/> is -1 for "every call".</summary>
internal sealed class FaultRule
{
    public required string? OperationId { get; init; }

    public required string? Method { get; init; }

    public required string? Template { get; init; }

    public required FaultKind Kind { get; init; }

    public int Status { get; init; }

    public TimeSpan Delay { get; init; }

    /// <summary>The body answered instead of the family's error body, or <see langword="null"/> for that body.</summary>
    public string? Body { get; init; }

    public string ContentType { get; init; } = "application/json";

    /// <summary>Headers added to the answer (e.g. <c>Retry-After</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Extra conditions on query, headers and body; all must hold.</summary>
    public IReadOnlyList<Func<FaultRequest, bool>> Conditions { get; init; } = [];

    /// <summary>The conditions in words (<c>query limit=250</c>), for the admin API's fault list.</summary>
    public IReadOnlyList<string> ConditionTexts { get; init; } = [];

    public int Remaining { get; set; }

    public bool Matches(FaultRequest request)
    {
        var operation = OperationId is not null
            ? string.Equals(OperationId, request.OperationId, StringComparison.Ordinal)
            : string.Equals(Method, request.Method, StringComparison.OrdinalIgnoreCase) && OperationCatalog.SameTemplate(Template!, request.Template);
        return operation && Conditions.All(condition => condition(request));
    }
}
