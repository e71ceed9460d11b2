using Microsoft.OpenApi;
using JsonPointer = Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>
/// The name of the component a <c>$ref</c> points at, as the document's components key it. Microsoft.OpenApi's
/// reference id keeps the token as the <c>$ref</c> writes it: <c>a~1b</c> or <c>a%20b</c> for the components <c>a/b</c>
/// and <c>a b</c>, which a lookup by id would miss and a type name would spell wrong.
/// </summary>
internal static class ComponentNames
{
    /// <summary>The schema component <paramref name="reference"/> names, or its id when it names something else.</summary>
    public static string? Of(OpenApiSchemaReference reference) => Of(reference.Reference, "schemas");

    /// <summary>The parameter component <paramref name="reference"/> names, or its id when it names something else.</summary>
    public static string? Of(OpenApiParameterReference reference) => Of(reference.Reference, "parameters");

    /// <summary>The request-body component <paramref name="reference"/> names, or its id when it names something else.</summary>
    public static string? Of(OpenApiRequestBodyReference reference) => Of(reference.Reference, "requestBodies");

    private static string? Of(BaseOpenApiReference? reference, string componentType) =>
        JsonPointer.ComponentName(reference?.ReferenceV3, componentType) ?? reference?.Id;
}
