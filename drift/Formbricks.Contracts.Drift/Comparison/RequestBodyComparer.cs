using Formbricks.Contracts.Drift.Model;
using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>An operation's request body: presence, required-ness, media types, and each shared media type's schema.</summary>
internal static class RequestBodyComparer
{
    public static void Compare(DiffSession session, SchemaComparer schemas, OperationPair operation)
    {
        var b = operation.Base.Operation.RequestBody;
        var r = operation.Revision.Operation.RequestBody;
        var basePointer = operation.Base.Pointer.Child("requestBody", b);
        var revisionPointer = operation.Revision.Pointer.Child("requestBody", r);
        if (b is null && r is null)
        {
            return;
        }

        if (b is null)
        {
            if (r!.Required)
            {
                session.Report(RuleIds.NewRequiredRequestBody, operation, "a required request body was added", revisionPointer.Text, inBase: false);
            }

            return;
        }

        if (r is null)
        {
            session.Report(RuleIds.RequestBodyRemoved, operation, "the request body was removed", basePointer.Text, inBase: true);
            return;
        }

        if (r.Required && !b.Required)
        {
            session.Report(RuleIds.RequestBodyBecameRequired, operation, "the request body became required", revisionPointer.Child("required").Text, inBase: false);
        }

        if (b.Content is not { } baseContent)
        {
            return;
        }

        foreach (var pair in baseContent)
        {
            if (!MediaTypes.IsFirst(baseContent, pair, out var essence))
            {
                continue;
            }

            var baseMediaPointer = basePointer.Child("content").Child(pair.Key);
            if (!MediaTypes.TryFind(r.Content, essence, out var revisionWritten, out var revisionMedia))
            {
                session.Report(RuleIds.RequestBodyMediaTypeRemoved, operation, $"request media type {pair.Key} was removed", baseMediaPointer.Text, inBase: true);
                continue;
            }

            if (pair.Value.Schema is { } baseSchema && revisionMedia.Schema is { } revisionSchema)
            {
                var revisionMediaPointer = revisionPointer.Child("content").Child(revisionWritten);
                schemas.Compare(
                    operation,
                    SchemaNode.At(baseSchema, baseMediaPointer, "schema"),
                    SchemaNode.At(revisionSchema, revisionMediaPointer, "schema"),
                    new SchemaPlace(Direction.Request, "request-body", "request-property", $"request body ({revisionWritten})"));
            }
        }
    }
}
