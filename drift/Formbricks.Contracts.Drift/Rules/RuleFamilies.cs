namespace Formbricks.Contracts.Drift.Rules;

/// <summary>The rule families; each is one page under <c>docs/drift/rules/</c>.</summary>
public static class RuleFamilies
{
    /// <summary>Operations and paths removed or added.</summary>
    public const string Operations = "operations";

    /// <summary>Path, query, header and cookie parameters and their schemas.</summary>
    public const string Parameters = "parameters";

    /// <summary>Request bodies, their media types and their schemas, property by property.</summary>
    public const string RequestBody = "request-body";

    /// <summary>Responses: statuses, media types and body schemas, property by property.</summary>
    public const string Responses = "responses";

    /// <summary>Security requirements and servers.</summary>
    public const string SecurityAndServers = "security-and-servers";
}
