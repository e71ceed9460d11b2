namespace Formbricks.Contracts.Drift.Rules;

/// <summary>The ids of the rules that are not made from a schema prefix and kind (see <see cref="RuleCatalog"/>).</summary>
public static class RuleIds
{
#pragma warning disable CS1591 // Each constant is its rule id; RuleCatalog describes them.
    public const string ApiRemovedWithoutDeprecation = "api-removed-without-deprecation";
    public const string ApiRemovedBeforeSunset = "api-removed-before-sunset";
    public const string ApiRemovedWithDeprecation = "api-removed-with-deprecation";
    public const string ApiPathRemovedWithoutDeprecation = "api-path-removed-without-deprecation";
    public const string ApiPathRemovedBeforeSunset = "api-path-removed-before-sunset";
    public const string ApiPathRemovedWithDeprecation = "api-path-removed-with-deprecation";
    public const string ApiAdded = "api-added";
    public const string NewRequiredRequestParameter = "new-required-request-parameter";
    public const string NewOptionalRequestParameter = "new-optional-request-parameter";
    public const string RequestParameterRemoved = "request-parameter-removed";
    public const string RequestParameterBecameRequired = "request-parameter-became-required";
    public const string NewRequiredRequestBody = "new-required-request-body";
    public const string RequestBodyBecameRequired = "request-body-became-required";
    public const string RequestBodyRemoved = "request-body-removed";
    public const string RequestBodyMediaTypeRemoved = "request-body-media-type-removed";
    public const string NewRequiredRequestProperty = "new-required-request-property";
    public const string NewOptionalRequestProperty = "new-optional-request-property";
    public const string RequestPropertyRemoved = "request-property-removed";
    public const string RequestPropertyBecameRequired = "request-property-became-required";
    public const string ResponseSuccessStatusRemoved = "response-success-status-removed";
    public const string ResponseNonSuccessStatusRemoved = "response-non-success-status-removed";
    public const string ResponseMediaTypeRemoved = "response-media-type-removed";
    public const string ResponseRequiredPropertyRemoved = "response-required-property-removed";
    public const string ResponseOptionalPropertyRemoved = "response-optional-property-removed";
    public const string ResponsePropertyBecameOptional = "response-property-became-optional";
    public const string RequestParameterStyleChanged = "request-parameter-style-changed";
    public const string RequestParameterExplodeChanged = "request-parameter-explode-changed";
    public const string RequestPropertyBecameReadOnly = "request-property-became-read-only";
    public const string ResponseRequiredPropertyBecameWriteOnly = "response-required-property-became-write-only";
    public const string ResponseOptionalPropertyBecameWriteOnly = "response-optional-property-became-write-only";
    public const string RequiredResponseHeaderRemoved = "required-response-header-removed";
    public const string OptionalResponseHeaderRemoved = "optional-response-header-removed";
    public const string ResponseHeaderBecameOptional = "response-header-became-optional";
    public const string ApiSecurityAdded = "api-security-added";
    public const string ApiServersChanged = "api-servers-changed";
#pragma warning restore CS1591
}
