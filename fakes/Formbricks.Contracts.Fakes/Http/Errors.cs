using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Http;

/// <summary>The real error bodies: v2 management <c>{"error":{…}}</c>, v1 (and v2 client) <c>{code,message,details}</c>.</summary>
internal static class Errors
{
    public const string GenericIssue = "An error occurred while processing your request. Please try again later.";
    public const string MalformedJson = "Malformed JSON input, please check your request body";
    public const string FieldsInvalid = "Fields are missing or incorrectly formatted";

    /// <summary>v2 error; 401/403/429 never carry details, 500 always carries the generic one (other 5xx only come from faults).</summary>
    public static FakeResult V2(int status, params (string Field, string Issue)[] details)
    {
        var error = new JsonObject { ["code"] = status, ["message"] = FakeResult.Reason(status) };
        if (status == 500)
        {
            details = [("error", GenericIssue)];
        }

        if (details.Length > 0 && status is not (401 or 403 or 429))
        {
            error["details"] = new JsonArray([.. details.Select(d => (JsonNode)new JsonObject { ["field"] = d.Field, ["issue"] = d.Issue })]);
        }

        return FakeResult.Json(status, new JsonObject { ["error"] = error });
    }

    /// <summary>v2 error from zod issues (422).</summary>
    public static FakeResult V2Zod(IEnumerable<(string Field, string Issue)> issues) => V2(422, [.. issues]);

    /// <summary>v1 error.</summary>
    public static FakeResult V1(int status, string code, string message, JsonObject? details = null) =>
        FakeResult.Json(status, new JsonObject { ["code"] = code, ["message"] = message, ["details"] = details ?? new JsonObject() });

    public static FakeResult V1NotAuthenticated() =>
        V1(401, "not_authenticated", "Not authenticated", new JsonObject { ["x-Api-Key"] = "Header not provided or API Key invalid" });

    public static FakeResult V1Unauthorized() => V1(401, "unauthorized", "You are not authorized to access this resource");

    public static FakeResult V1BadRequest(string message, JsonObject? details = null) => V1(400, "bad_request", message, details);

    public static FakeResult V1NotFound(string resource, string? id) =>
        V1(404, "not_found", $"{resource} not found", new JsonObject { ["resource_id"] = id, ["resource_type"] = resource });

    public static FakeResult V1Forbidden(string message, JsonObject? details = null) => V1(403, "forbidden", message, details);

    public static FakeResult V1Validation(IEnumerable<(string Field, string Issue)> issues)
    {
        var details = new JsonObject();
        foreach (var (field, issue) in issues)
        {
            details[field] = issue;
        }

        return V1BadRequest(FieldsInvalid, details);
    }

    public static FakeResult V1TooManyRequests() =>
        V1(429, "too_many_requests", "Maximum number of requests reached. Please try again later.");

    public static FakeResult SingleUseConflict() =>
        V1(409, "conflict", "Response already submitted for this single-use link");

    /// <summary>The body for an arbitrary status in the shape of <paramref name="family"/> (used by faults and the catch-all).</summary>
    public static FakeResult ForStatus(ApiFamily family, int status)
    {
        if (family == ApiFamily.V2Management)
        {
            return V2(status);
        }

        if (family == ApiFamily.Page)
        {
            return FakeResult.Html(status, $"<!DOCTYPE html><html><body><h1>{status} {FakeResult.Reason(status)}</h1></body></html>");
        }

        return status switch
        {
            400 => V1BadRequest("Bad Request"),
            401 => V1NotAuthenticated(),
            403 => V1Forbidden("Forbidden"),
            404 => V1(404, "not_found", "Not Found"),
            409 => V1(409, "conflict", "Conflict"),
            413 => V1(413, "payload_too_large", "Payload Too Large"),
            429 => V1TooManyRequests(),
            500 => V1(500, "internal_server_error", "An unexpected error occurred."),
            _ => V1(status, FakeResult.Reason(status).ToLowerInvariant().Replace(' ', '_'), FakeResult.Reason(status)),
        };
    }
}
