using Microsoft.OpenApi;

namespace Formbricks.Contracts.Verify.Planning;

/// <summary>One operation of the spec, with what verify needs to call it.</summary>
/// <param name="Method">The method, upper case.</param>
/// <param name="Template">The path template, e.g. <c>/v2/management/surveys/{id}</c>.</param>
/// <param name="Operation">The operation.</param>
/// <param name="Parameters">Path-level and operation-level parameters (the operation's win), path, query and header only.</param>
/// <param name="Body">The JSON request body schema, or <see langword="null"/>.</param>
/// <param name="BodyRequired">Whether the body is required.</param>
/// <param name="Auth">Where the key goes when the operation needs one; <see langword="null"/> when it needs none.</param>
internal sealed record OperationPlan(
    string Method,
    string Template,
    OpenApiOperation Operation,
    IReadOnlyList<IOpenApiParameter> Parameters,
    IOpenApiSchema? Body,
    bool BodyRequired,
    AuthScheme? Auth)
{
    /// <summary>e.g. <c>GET /v1/me</c>.</summary>
    public string Name => Method + " " + Template;

    /// <summary>Whether the method may change state (anything but GET, HEAD and OPTIONS).</summary>
    public bool IsWrite => Method is not ("GET" or "HEAD" or "OPTIONS");

    /// <summary>Whether the template has path parameters.</summary>
    public bool HasPathParameters => Template.Contains('{', StringComparison.Ordinal);

    /// <summary>Whether the operation declares a status (e.g. <c>404</c>).</summary>
    public bool Declares(int status) =>
        Operation.Responses?.Keys.Any(key => key == status.ToString(System.Globalization.CultureInfo.InvariantCulture)
            || string.Equals(key, status / 100 + "XX", StringComparison.OrdinalIgnoreCase)) == true;
}
