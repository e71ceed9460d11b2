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
        var basePointer = b is null ? null : SpecSide.PointerOf(b, SpecSide.Append(operation.Base.Pointer, "requestBody"));
        var revisionPointer = r is null ? null : SpecSide.PointerOf(r, SpecSide.Append(operation.Revision.Pointer, "requestBody"));
        if (b is null && r is null)
        {
            return;
        }

        if (b is null)
        {
            if (r!.Required)
            {
                session.Report(RuleIds.NewRequiredRequestBody, operation, "a required request body was added", revisionPointer!, inBase: false);
            }

            return;
        }

        if (r is null)
        {
            session.Report(RuleIds.RequestBodyRemoved, operation, "the request body was removed", basePointer!, inBase: true);
            return;
        }

        if (r.Required && !b.Required)
        {
            session.Report(RuleIds.RequestBodyBecameRequired, operation, "the request body became required", SpecSide.Append(revisionPointer!, "required"), inBase: false);
        }

        var baseContent = MediaTypes.Index(b.Content);
        var revisionContent = MediaTypes.Index(r.Content);
        foreach (var pair in baseContent)
        {
            var baseMediaPointer = SpecSide.Append(SpecSide.Append(basePointer!, "content"), pair.Value.Written);
            if (!revisionContent.TryGetValue(pair.Key, out var revision))
            {
                session.Report(RuleIds.RequestBodyMediaTypeRemoved, operation, $"request media type {pair.Value.Written} was removed", baseMediaPointer, inBase: true);
                continue;
            }

            if (pair.Value.Media.Schema is { } baseSchema && revision.Media.Schema is { } revisionSchema)
            {
                var revisionMediaPointer = SpecSide.Append(SpecSide.Append(revisionPointer!, "content"), revision.Written);
                schemas.Compare(
                    operation,
                    SchemaNode.At(baseSchema, SpecSide.Append(baseMediaPointer, "schema")),
                    SchemaNode.At(revisionSchema, SpecSide.Append(revisionMediaPointer, "schema")),
                    new SchemaPlace(Direction.Request, "request-body", "request-property", $"request body ({revision.Written})"));
            }
        }
    }
}
