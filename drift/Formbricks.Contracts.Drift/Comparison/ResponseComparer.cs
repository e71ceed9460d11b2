using Formbricks.Contracts.Drift.Model;
using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>An operation's responses: statuses, media types, and each shared media type's schema.</summary>
internal static class ResponseComparer
{
    public static void Compare(DiffSession session, SchemaComparer schemas, OperationPair operation)
    {
        var baseResponses = operation.Base.Operation.Responses;
        var revisionResponses = operation.Revision.Operation.Responses;
        if (baseResponses is null)
        {
            return;
        }

        var basePointer = operation.Base.Pointer.Child("responses");
        var revisionPointer = operation.Revision.Pointer.Child("responses");
        foreach (var pair in baseResponses)
        {
            var status = pair.Key;
            var baseResponsePointer = basePointer.Child(status, pair.Value);
            if (revisionResponses is null || !TryFind(revisionResponses, status, out var revisionStatus))
            {
                var success = status.StartsWith("2", StringComparison.Ordinal);
                session.Report(
                    success ? RuleIds.ResponseSuccessStatusRemoved : RuleIds.ResponseNonSuccessStatusRemoved,
                    operation,
                    $"response {status} was removed",
                    baseResponsePointer.Text,
                    inBase: true);
                continue;
            }

            var revisionResponse = revisionResponses[revisionStatus];
            var revisionResponsePointer = revisionPointer.Child(revisionStatus, revisionResponse);
            ResponseHeaderComparer.Compare(session, schemas, operation, revisionStatus, pair.Value, revisionResponse, baseResponsePointer, revisionResponsePointer);
            var baseContent = pair.Value?.Content;
            if (baseContent is not { Count: > 0 })
            {
                continue;
            }

            foreach (var media in baseContent)
            {
                if (!MediaTypes.IsFirst(baseContent, media, out var essence))
                {
                    continue;
                }

                var baseMediaPointer = baseResponsePointer.Child("content").Child(media.Key);
                if (!MediaTypes.TryFind(revisionResponse?.Content, essence, out var revisionWritten, out var revisionMedia))
                {
                    session.Report(RuleIds.ResponseMediaTypeRemoved, operation, $"response {status} media type {media.Key} was removed", baseMediaPointer.Text, inBase: true);
                    continue;
                }

                if (media.Value.Schema is { } baseSchema && revisionMedia.Schema is { } revisionSchema)
                {
                    var revisionMediaPointer = revisionResponsePointer.Child("content").Child(revisionWritten);
                    schemas.Compare(
                        operation,
                        SchemaNode.At(baseSchema, baseMediaPointer, "schema"),
                        SchemaNode.At(revisionSchema, revisionMediaPointer, "schema"),
                        new SchemaPlace(Direction.Response, "response-body", "response-property", $"response {revisionStatus} ({revisionWritten})"));
                }
            }
        }
    }

    /// <summary>Finds a status, case-insensitively for ranges (<c>2XX</c> = <c>2xx</c>).</summary>
    private static bool TryFind(Microsoft.OpenApi.OpenApiResponses responses, string status, out string found)
    {
        foreach (var key in responses.Keys)
        {
            if (string.Equals(key, status, StringComparison.OrdinalIgnoreCase))
            {
                found = key;
                return true;
            }
        }

        found = string.Empty;
        return false;
    }
}
