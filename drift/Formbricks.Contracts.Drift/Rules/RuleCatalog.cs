namespace Formbricks.Contracts.Drift.Rules;

/// <summary>Every rule the engine has, in a stable order (what <c>formbricks-contracts checks</c> lists).</summary>
public static class RuleCatalog
{
    private static readonly Dictionary<string, Rule> ById = new(StringComparer.Ordinal);

    static RuleCatalog()
    {
        var all = new List<Rule>
        {
            Op(RuleIds.ApiRemovedWithoutDeprecation, FindingLevel.Err, "An operation was removed (its path stays) without being deprecated first.", "GET /surveys/{id} deleted, never marked deprecated"),
            Op(RuleIds.ApiRemovedBeforeSunset, FindingLevel.Err, "A deprecated operation was removed before the date of its x-sunset extension.", "deprecated: true, x-sunset: 2099-01-01 -> removed"),
            Op(RuleIds.ApiRemovedWithDeprecation, FindingLevel.Info, "A deprecated operation was removed (after its sunset date, if it had one).", "deprecated: true -> removed"),
            Op(RuleIds.ApiPathRemovedWithoutDeprecation, FindingLevel.Err, "A whole path was removed; reported for each of its operations that was not deprecated.", "/webhooks/{id} deleted"),
            Op(RuleIds.ApiPathRemovedBeforeSunset, FindingLevel.Err, "A whole path was removed; a deprecated operation of it before its x-sunset date.", "/webhooks/{id} (deprecated, x-sunset: 2099-01-01) deleted"),
            Op(RuleIds.ApiPathRemovedWithDeprecation, FindingLevel.Info, "A whole path was removed; a deprecated operation of it (after its sunset date, if any).", "/webhooks/{id} (deprecated) deleted"),
            Op(RuleIds.ApiAdded, FindingLevel.Info, "An operation was added.", "(none) -> POST /webhooks"),
            New(RuleIds.NewRequiredRequestParameter, FindingLevel.Err, RuleFamilies.Parameters, "A required parameter was added.", "(none) -> in: query, name: tenant, required: true"),
            New(RuleIds.NewOptionalRequestParameter, FindingLevel.Info, RuleFamilies.Parameters, "An optional parameter was added.", "(none) -> in: query, name: sort"),
            New(RuleIds.RequestParameterRemoved, FindingLevel.Warn, RuleFamilies.Parameters, "A parameter was removed: clients still send it and the server ignores it (or refuses it).", "in: query, name: skip -> (none)"),
            New(RuleIds.RequestParameterBecameRequired, FindingLevel.Err, RuleFamilies.Parameters, "An optional parameter became required.", "required: false -> required: true"),
            New(RuleIds.RequestParameterStyleChanged, FindingLevel.Err, RuleFamilies.Parameters, "A parameter's serialisation style changed (defaults counted: form for query and cookie, simple for path and header), so clients send it in a form the server no longer reads.", "in: query, style: form -> style: pipeDelimited"),
            New(RuleIds.RequestParameterExplodeChanged, FindingLevel.Err, RuleFamilies.Parameters, "An array or object parameter's explode flag changed (default: true for form, false otherwise): ids=1&ids=2 versus ids=1,2.", "in: query, explode: true -> explode: false"),
            New(RuleIds.NewRequiredRequestBody, FindingLevel.Err, RuleFamilies.RequestBody, "A required request body was added to an operation that had none.", "(none) -> requestBody: {required: true, ...}"),
            New(RuleIds.RequestBodyBecameRequired, FindingLevel.Err, RuleFamilies.RequestBody, "An optional request body became required.", "required: false -> required: true"),
            New(RuleIds.RequestBodyRemoved, FindingLevel.Warn, RuleFamilies.RequestBody, "The request body was removed: clients still send one.", "requestBody: {...} -> (none)"),
            New(RuleIds.RequestBodyMediaTypeRemoved, FindingLevel.Err, RuleFamilies.RequestBody, "A request media type was removed: clients that send it are refused.", "content: {application/json, application/xml} -> content: {application/json}"),
            New(RuleIds.NewRequiredRequestProperty, FindingLevel.Err, RuleFamilies.RequestBody, "A required request property was added (read-only properties excepted).", "properties: {name} -> properties: {name, tenant}, required: [tenant]"),
            New(RuleIds.NewOptionalRequestProperty, FindingLevel.Info, RuleFamilies.RequestBody, "An optional request property was added.", "properties: {name} -> properties: {name, note}"),
            New(RuleIds.RequestPropertyRemoved, FindingLevel.Warn, RuleFamilies.RequestBody, "A request property was removed: clients still send it.", "properties: {name, note} -> properties: {name}"),
            New(RuleIds.RequestPropertyBecameRequired, FindingLevel.Err, RuleFamilies.RequestBody, "An optional request property became required.", "required: [] -> required: [name]"),
            New(RuleIds.RequestPropertyBecameReadOnly, FindingLevel.Warn, RuleFamilies.RequestBody, "A request property became readOnly: for the client it was removed (it still sends it; the server ignores or refuses it).", "properties: {name: {type: string}} -> properties: {name: {type: string, readOnly: true}}"),
            New(RuleIds.ResponseSuccessStatusRemoved, FindingLevel.Err, RuleFamilies.Responses, "A success (2xx) response status was removed.", "responses: {200, 404} -> responses: {201, 404}"),
            New(RuleIds.ResponseNonSuccessStatusRemoved, FindingLevel.Info, RuleFamilies.Responses, "A non-success response status was removed.", "responses: {200, 404} -> responses: {200}"),
            New(RuleIds.ResponseMediaTypeRemoved, FindingLevel.Err, RuleFamilies.Responses, "A response media type was removed.", "content: {application/json, text/csv} -> content: {application/json}"),
            New(RuleIds.ResponseRequiredPropertyRemoved, FindingLevel.Err, RuleFamilies.Responses, "A required response property was removed.", "properties: {id, name}, required: [id, name] -> properties: {id}"),
            New(RuleIds.ResponseOptionalPropertyRemoved, FindingLevel.Warn, RuleFamilies.Responses, "An optional response property was removed.", "properties: {id, note} -> properties: {id}"),
            New(RuleIds.ResponsePropertyBecameOptional, FindingLevel.Err, RuleFamilies.Responses, "A required response property became optional: clients that read it meet its absence.", "required: [id, name] -> required: [id]"),
            New(RuleIds.ResponseRequiredPropertyBecameWriteOnly, FindingLevel.Err, RuleFamilies.Responses, "A required response property became writeOnly: for the client it was removed from the answer.", "required: [token], properties: {token: {type: string}} -> token: {type: string, writeOnly: true}"),
            New(RuleIds.ResponseOptionalPropertyBecameWriteOnly, FindingLevel.Warn, RuleFamilies.Responses, "An optional response property became writeOnly: for the client it was removed from the answer.", "properties: {note: {type: string}} -> note: {type: string, writeOnly: true}"),
            New(RuleIds.RequiredResponseHeaderRemoved, FindingLevel.Err, RuleFamilies.Responses, "A required response header was removed (a header added, required or not, is fine).", "headers: {X-Rate-Limit: {required: true}} -> headers: {}"),
            New(RuleIds.OptionalResponseHeaderRemoved, FindingLevel.Warn, RuleFamilies.Responses, "An optional response header was removed.", "headers: {X-Request-Id: {}} -> headers: {}"),
            New(RuleIds.ResponseHeaderBecameOptional, FindingLevel.Err, RuleFamilies.Responses, "A required response header became optional: clients that read it meet its absence.", "X-Rate-Limit: {required: true} -> X-Rate-Limit: {required: false}"),
            New(RuleIds.ApiSecurityAdded, FindingLevel.Err, RuleFamilies.SecurityAndServers, "An operation requires a security scheme (or combination) that the base did not, so a client that met the base's requirement is refused.", "security: [] -> security: [{apiKey: []}]"),
            New(RuleIds.ApiServersChanged, FindingLevel.Err, RuleFamilies.SecurityAndServers, "The servers moved (another host, or another base path that moves every operation): one finding, not one per operation.", "servers: [{url: https://a.example/api}] -> servers: [{url: https://b.example/api}]"),
        };

        foreach (var (prefix, family, place) in SchemaRuleKinds.RequestPrefixes)
        {
            foreach (var (suffix, level, what, example) in SchemaRuleKinds.Request)
            {
                all.Add(new Rule(prefix + "-" + suffix, level, family, $"In {place}: {what}.", example));
            }
        }

        foreach (var (prefix, family, place) in SchemaRuleKinds.ResponsePrefixes)
        {
            foreach (var (suffix, level, what, example) in SchemaRuleKinds.Response)
            {
                all.Add(new Rule(prefix + "-" + suffix, level, family, $"In {place}: {what}.", example));
            }
        }

        foreach (var rule in all)
        {
            ById.Add(rule.Id, rule);
        }

        All = all;
    }

    /// <summary>Every rule.</summary>
    public static IReadOnlyList<Rule> All { get; }

    /// <summary>The rule with <paramref name="id"/>.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="rule">The rule when known.</param>
    /// <returns>Whether the id is known.</returns>
    public static bool TryGet(string id, out Rule rule) => ById.TryGetValue(id, out rule!);

    /// <summary>The rule with <paramref name="id"/>; throws for an unknown id (a bug in the engine).</summary>
    internal static Rule Get(string id) =>
        ById.TryGetValue(id, out var rule) ? rule : throw new InvalidOperationException("Unknown drift rule id " + id);

    private static Rule Op(string id, FindingLevel level, string description, string example) =>
        new(id, level, RuleFamilies.Operations, description, example);

    private static Rule New(string id, FindingLevel level, string family, string description, string example) =>
        new(id, level, family, description, example);
}
