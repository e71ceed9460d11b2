using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>
/// WireMock features the fake's admin API does not offer, by the field that asks for them: a mapping naming one is
/// refused when posted (400 naming the field), so it never answers differently than its author expects.
/// </summary>
internal static class UnsupportedFields
{
    private static readonly string[] Mapping = ["Webhook", "Webhooks", "postServeActions", "serveEventListeners"];

    private static readonly string[] Request =
        ["Cookies", "ClientIP", "HttpVersion", "cookies", "basicAuthCredentials", "multipartPatterns", "pathParameters", "formParameters", "host", "port", "scheme"];

    private static readonly string[] Response =
    [
        "ProxyUrl", "BodyAsFile", "BodyAsBytes", "BodyAsFileIsCached", "Fault", "MinimumRandomDelay", "MaximumRandomDelay",
        "proxyBaseUrl", "bodyFileName", "base64Body", "fault", "delayDistribution", "chunkedDribbleDelay",
    ];

    /// <summary>Throws an <see cref="AdminException"/> for the first unsupported field of the mapping, its request or its response.</summary>
    public static void Refuse(JsonObject mapping, JsonObject request, JsonObject response)
    {
        Check(mapping, Mapping, "");
        Check(request, Request, mapping.ContainsKey("request") ? "request." : "Request.");
        Check(response, Response, mapping.ContainsKey("response") ? "response." : "Response.");
    }

    private static void Check(JsonObject json, string[] unsupported, string prefix)
    {
        foreach (var (key, _) in json)
        {
            if (unsupported.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw new AdminException($"{prefix}{key} is not supported by the fake's admin API (see docs/admin-api.md)");
            }
        }
    }
}
