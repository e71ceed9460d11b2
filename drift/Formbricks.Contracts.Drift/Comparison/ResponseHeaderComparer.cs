using Formbricks.Contracts.Drift.Model;
using Formbricks.Contracts.Drift.Rules;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>
/// The headers of one response status, matched by name without case: removed, became optional, and each shared
/// header's schema compared as something the client receives (<c>response-header-*</c>). A header added is fine.
/// </summary>
internal static class ResponseHeaderComparer
{
    public static void Compare(DiffSession session, SchemaComparer schemas, OperationPair operation, string status, IOpenApiResponse? @base, IOpenApiResponse? revision, LazyPointer basePointer, LazyPointer revisionPointer)
    {
        if (@base?.Headers is not { Count: > 0 } baseHeaders)
        {
            return;
        }

        var revisionHeaders = new Dictionary<string, KeyValuePair<string, IOpenApiHeader>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in revision?.Headers ?? new Dictionary<string, IOpenApiHeader>())
        {
            if (header.Value is not null && !revisionHeaders.ContainsKey(header.Key))
            {
                revisionHeaders.Add(header.Key, header);
            }
        }

        foreach (var header in baseHeaders)
        {
            if (header.Value is not { } b)
            {
                continue;
            }

            var label = $"response {status} header '{header.Key}'";
            var bPointer = basePointer.Child("headers").Child(header.Key, b);
            if (!revisionHeaders.TryGetValue(header.Key, out var match))
            {
                session.Report(b.Required ? RuleIds.RequiredResponseHeaderRemoved : RuleIds.OptionalResponseHeaderRemoved, operation, $"{label} was removed", bPointer.Text, inBase: true);
                continue;
            }

            var r = match.Value;
            var rPointer = revisionPointer.Child("headers").Child(match.Key, r);
            if (b.Required && !r.Required)
            {
                session.Report(RuleIds.ResponseHeaderBecameOptional, operation, $"{label} became optional", rPointer.Text, inBase: false);
            }

            if (Schema(b, bPointer) is { } baseSchema && Schema(r, rPointer) is { } revisionSchema)
            {
                schemas.Compare(operation, baseSchema, revisionSchema, new SchemaPlace(Direction.Response, "response-header", "response-header", $"response {status} header '{match.Key}'"));
            }
        }
    }

    private static SchemaNode? Schema(IOpenApiHeader header, LazyPointer pointer)
    {
        if (header.Schema is { } schema)
        {
            return SchemaNode.At(schema, pointer, "schema");
        }

        if (header.Content is { Count: > 0 } content && content.First() is { Value.Schema: { } contentSchema } first)
        {
            return SchemaNode.At(contentSchema, pointer.Child("content").Child(first.Key), "schema");
        }

        return null;
    }
}
