using System.Globalization;
using System.Text.Json.Nodes;
using Formbricks.Contracts.Generator.Model;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>
/// What the analyzers read about an operation: its id, its place in the spec, and its deprecation (<c>deprecated</c>,
/// with the text of <c>x-deprecation-message</c>, else the description, else the summary) and sunset date
/// (<c>x-sunset</c>, a <c>yyyy-MM-dd</c> date or an RFC 3339 date-time, as in the Sunset header of RFC 8594).
/// </summary>
internal static class OperationMetadata
{
    public const string SunsetExtension = "x-sunset";
    public const string DeprecationMessageExtension = "x-deprecation-message";

    public static OperationMetadataSpec Read(ParseContext context, OpenApiOperation operation, string pointer)
    {
        var sunset = Sunset(operation);
        string? text = null;
        if (operation.Deprecated || sunset is not null)
        {
            text = Extension(operation, DeprecationMessageExtension) ?? operation.Description ?? operation.Summary;
            text = text is null ? null : string.Join(" ", text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
            text = string.IsNullOrEmpty(text) ? "Deprecated in the OpenAPI document." : text;
        }

        return new OperationMetadataSpec(operation.OperationId ?? string.Empty, context.Locate(pointer), text, sunset);
    }

    /// <summary>The sunset date as <c>yyyy-MM-dd</c>, or null when there is none or it is not a date.</summary>
    public static string? Sunset(OpenApiOperation operation) =>
        Extension(operation, SunsetExtension) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static string? Extension(OpenApiOperation operation, string name) =>
        operation.Extensions is { } extensions && extensions.TryGetValue(name, out var extension)
        && extension is JsonNodeExtension { Node: var node } && JsonNodes.AsString(node) is { } text && text.Trim().Length > 0
            ? text.Trim()
            : null;
}
