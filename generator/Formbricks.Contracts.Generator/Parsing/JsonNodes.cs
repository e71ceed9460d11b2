using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>
/// Values the spec writes as JSON (<c>enum</c> members, <c>default</c>, <c>example</c>, <c>const</c>) as the generator
/// reads them. Microsoft.OpenApi stands a JSON <c>null</c> there in for a string placeholder
/// (<see cref="JsonNullSentinel"/>, <c>openapi-json-null-sentinel-value-…</c>), so every read goes through
/// <see cref="IsNull"/> and the placeholder never reaches generated code.
/// </summary>
internal static class JsonNodes
{
    /// <summary>True for a missing node, a JSON <c>null</c> and Microsoft.OpenApi's null placeholder.</summary>
    public static bool IsNull(JsonNode? node) =>
        node is null || JsonNullSentinel.IsJsonNullSentinel(node) || node.GetValueKind() == JsonValueKind.Null;

    /// <summary>The string value of a node that is a JSON string (not the null placeholder), else null.</summary>
    public static string? AsString(JsonNode? node) =>
        !IsNull(node) && node is JsonValue value && node.GetValueKind() == JsonValueKind.String && value.TryGetValue<string>(out var text) ? text : null;
}
