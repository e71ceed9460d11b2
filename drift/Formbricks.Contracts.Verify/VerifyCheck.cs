namespace Formbricks.Contracts.Verify;

/// <summary>The checks <see cref="Verifier"/> applies (the names follow Schemathesis').</summary>
public static class VerifyCheck
{
    /// <summary>No 5xx answer unless the operation declares it.</summary>
    public const string NotAServerError = "not_a_server_error";

    /// <summary>The status is declared for the operation (exactly, as a range or as <c>default</c>).</summary>
    public const string StatusCodeConformance = "status_code_conformance";

    /// <summary>The content type is one the response declares.</summary>
    public const string ContentTypeConformance = "content_type_conformance";

    /// <summary>The JSON body fits the response schema.</summary>
    public const string ResponseSchemaConformance = "response_schema_conformance";

    /// <summary>The response headers the spec marks required are present.</summary>
    public const string ResponseHeadersConformance = "response_headers_conformance";

    /// <summary>Input that breaks the schema (a parameter or body) is rejected with a 4xx.</summary>
    public const string NegativeDataRejection = "negative_data_rejection";

    /// <summary>Input that fits the schema is not rejected with a 4xx other than 401, 403 or 404 (when declared).</summary>
    public const string PositiveDataAcceptance = "positive_data_acceptance";

    /// <summary>An operation that needs a key refuses a request with none or with a wrong one (401 or 403).</summary>
    public const string IgnoredAuth = "ignored_auth";

    /// <summary>A method the spec does not declare for a path gets 405.</summary>
    public const string UnsupportedMethod = "unsupported_method";

    /// <summary>After a successful DELETE, reading the resource gives 404 (or 410).</summary>
    public const string UseAfterFree = "use_after_free";

    /// <summary>A resource a POST created can be read back.</summary>
    public const string EnsureResourceAvailability = "ensure_resource_availability";

    /// <summary>Every check, in the order of the documentation.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        NotAServerError, StatusCodeConformance, ContentTypeConformance, ResponseSchemaConformance, ResponseHeadersConformance,
        NegativeDataRejection, PositiveDataAcceptance, IgnoredAuth, UnsupportedMethod, UseAfterFree, EnsureResourceAvailability,
    ];
}
