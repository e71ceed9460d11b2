using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Http;

/// <summary>An answer of the fake server, written by the pipeline.</summary>
internal sealed record FakeResult(int Status, string ContentType, string Body)
{
    /// <summary>Room for a body of <see cref="JsJson.MaxDepth"/> levels inside the envelope (System.Text.Json's default is 64).</summary>
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = JsJson.MaxDepth + 16,
    };

    /// <summary>Extra response headers.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>A JSON answer.</summary>
    public static FakeResult Json(int status, JsonNode body) =>
        new(status, "application/json", body.ToJsonString(JsonOptions));

    /// <summary>A v1 or v2 success envelope: <c>{"data": …, "meta"?: …}</c>.</summary>
    public static FakeResult Data(JsonNode? data, JsonObject? meta = null, int status = 200)
    {
        var body = new JsonObject { ["data"] = data };
        if (meta is not null)
        {
            body["meta"] = meta;
        }

        return Json(status, body);
    }

    /// <summary>An HTML page.</summary>
    public static FakeResult Html(int status, string html) => new(status, "text/html; charset=utf-8", html);

    /// <summary>The reason phrases the real server puts in <c>message</c>.</summary>
    public static string Reason(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        410 => "Gone",
        413 => "Payload Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error",
    };
}
