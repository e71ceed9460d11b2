using Formbricks.Contracts.Drift.Model;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>
/// <c>additionalProperties</c>: a request object that refuses members the base accepted (tightened: set to false, or a
/// schema whose type no longer covers the base's), and a response object that may carry members the base ruled out
/// (loosened). Absent and <c>true</c> mean the same (any member of any type).
/// </summary>
internal static class AdditionalPropertiesRules
{
    public static void Check(DiffSession session, ShapePair pair)
    {
        var b = pair.Base;
        var r = pair.Revision;
        if (NotAnObject(b) && NotAnObject(r))
        {
            return;
        }

        var baseType = ExtraType(session.BaseShapes, b);
        var revisionType = ExtraType(session.RevisionShapes, r);
        if (pair.Place.Direction == Direction.Request)
        {
            if (!b.AdditionalClosed && r.AdditionalClosed)
            {
                pair.Report("additional-properties-tightened", "additionalProperties set to false: members not declared are refused", ScalarRules.At(r, "additionalProperties"), inBase: false);
            }
            else if (!b.AdditionalClosed && !ScalarRules.Covers(revisionType, baseType))
            {
                pair.Report("additional-properties-tightened", $"additionalProperties type changed from {ScalarRules.TypeText(baseType)} to {ScalarRules.TypeText(revisionType)}", ScalarRules.At(r, "additionalProperties"), inBase: false);
            }
        }
        else if (b.AdditionalClosed && !r.AdditionalClosed)
        {
            pair.Report("additional-properties-loosened", "additionalProperties is no longer false: members not declared may be answered", ScalarRules.At(b, "additionalProperties"), inBase: true);
        }
        else if (!b.AdditionalClosed && !ScalarRules.Covers(baseType, revisionType))
        {
            pair.Report("additional-properties-loosened", $"additionalProperties type changed from {ScalarRules.TypeText(baseType)} to {ScalarRules.TypeText(revisionType)}", ScalarRules.At(r, "additionalProperties"), inBase: false);
        }
    }

    private static bool NotAnObject(SchemaShape shape) =>
        shape.Types is { } types && (types & JsonSchemaType.Object) == 0;

    /// <summary>The type of the members not declared: null (any) without a schema.</summary>
    private static JsonSchemaType? ExtraType(SchemaNormalizer shapes, SchemaShape shape) =>
        shape.AdditionalSchema is { } schema ? shapes.Shape(schema).Types : null;
}
