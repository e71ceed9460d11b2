using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>
/// Faults as JSON, with the fault builder's capabilities:
/// <c>{"operationId": "getSurveys"}</c> or <c>{"method": "GET", "path": "/v2/management/surveys/{id}"}</c>, then
/// <c>"times"</c>, <c>"when": {"query": {…}, "headers": {…}, "bodyContains": "…"}</c>, <c>"headers": {"Retry-After": "30"}</c>
/// and an <c>"action"</c>: <c>status</c> (<c>"status"</c>, optional <c>"body"</c> and <c>"contentType"</c>),
/// <c>malformedBody</c>, <c>delay</c> (<c>"delayMs"</c>), <c>hang</c>, <c>dropConnection</c>.
/// </summary>
internal static class FaultJson
{
    public static void Add(FakeFaults faults, JsonObject json)
    {
        var builder = AdminJson.GetString(json, "operationId") is { } operationId
            ? faults.For(operationId)
            : AdminJson.GetString(json, "method") is { } method && AdminJson.GetString(json, "path") is { } path
            ? faults.For(method, path)
            : throw new AdminException("a fault needs \"operationId\", or \"method\" and \"path\" (a path template such as /v2/management/surveys/{id})");
        if (AdminJson.GetNumber(json, "times") is { } times)
        {
            builder.Times((int)Math.Clamp(times, int.MinValue, int.MaxValue));
        }

        if (AdminJson.Get(json, "when") is JsonObject when)
        {
            foreach (var (name, value) in AdminJson.GetStringMap(when, "query"))
            {
                builder.WhenQuery(name, value);
            }

            foreach (var (name, value) in AdminJson.GetStringMap(when, "headers"))
            {
                builder.WhenHeader(name, value);
            }

            if (AdminJson.GetString(when, "bodyContains") is { } contained)
            {
                builder.WhenBody(body => body.Contains(contained, StringComparison.Ordinal));
            }
        }

        foreach (var (name, value) in AdminJson.GetStringMap(json, "headers"))
        {
            builder.WithHeader(name, value);
        }

        var status = AdminJson.GetNumber(json, "status") is { } given ? (int)given : (int?)null;
        switch (AdminJson.GetString(json, "action") ?? (status is null ? null : "status"))
        {
            case "status":
                var code = status ?? throw new AdminException("the action \"status\" needs \"status\", e.g. 503");
                var body = AdminJson.Get(json, "body") switch
                {
                    null => null,
                    JsonValue text when text.TryGetValue<string>(out var s) => s,
                    var other => other.ToJsonString(),
                };
                _ = body is null ? builder.RespondWith(code) : builder.RespondWith(code, body, AdminJson.GetString(json, "contentType") ?? "application/json");
                break;
            case "malformedBody":
                builder.RespondWithMalformedBody(status ?? 200);
                break;
            case "delay":
                builder.Delay(TimeSpan.FromMilliseconds(AdminJson.GetNumber(json, "delayMs") ?? throw new AdminException("the action \"delay\" needs \"delayMs\"")));
                break;
            case "hang":
                builder.Hang();
                break;
            case "dropConnection":
                builder.DropConnection();
                break;
            case null:
                throw new AdminException("a fault needs \"action\": status (with \"status\"), malformedBody, delay (with \"delayMs\"), hang or dropConnection");
            case var action:
                throw new AdminException($"unknown fault action '{action}': use status, malformedBody, delay, hang or dropConnection");
        }
    }

    public static JsonObject ToJson(FaultRule rule)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in rule.Headers)
        {
            headers[name] = value;
        }

        return new JsonObject
        {
            ["operationId"] = rule.OperationId,
            ["method"] = rule.Method,
            ["path"] = rule.Template,
            ["action"] = rule.Kind switch
            {
                FaultKind.Status => "status",
                FaultKind.Malformed => "malformedBody",
                FaultKind.Delay => "delay",
                FaultKind.Hang => "hang",
                _ => "dropConnection",
            },
            ["status"] = rule.Kind is FaultKind.Status or FaultKind.Malformed ? rule.Status : null,
            ["delayMs"] = rule.Kind == FaultKind.Delay ? rule.Delay.TotalMilliseconds : null,
            ["remaining"] = rule.Remaining < 0 ? null : rule.Remaining,
            ["when"] = new JsonArray([.. rule.ConditionTexts.Select(t => (JsonNode?)t)]),
            ["headers"] = headers,
            ["body"] = rule.Body,
        };
    }
}
