using Formbricks.Contracts.Drift.Model;
using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>Object properties: added, removed, required-ness changed; properties in both are handed back for recursion.</summary>
internal static class PropertyRules
{
    public static void Check(DiffSession session, ShapePair pair)
    {
        var b = pair.Base;
        var r = pair.Revision;
        if (b.Properties.Count == 0 && r.Properties.Count == 0)
        {
            return;
        }

        var request = pair.Place.Direction == Direction.Request;
        foreach (var property in b.Properties)
        {
            var path = Join(pair.Path, property.Key);
            var baseShape = session.BaseShapes.Shape(property.Value);
            if (Skipped(baseShape, request))
            {
                continue;
            }

            if (!r.Properties.TryGetValue(property.Key, out var revisionProperty))
            {
                var id = request ? RuleIds.RequestPropertyRemoved
                    : b.Required.Contains(property.Key) ? RuleIds.ResponseRequiredPropertyRemoved : RuleIds.ResponseOptionalPropertyRemoved;
                pair.ReportProperty(id, path, "was removed", property.Value.Pointer, inBase: true);
                continue;
            }

            var revisionShape = session.RevisionShapes.Shape(revisionProperty);
            if (Skipped(revisionShape, request))
            {
                // A request property made readOnly, or a response property made writeOnly, is gone for the client.
                var flipped = request ? RuleIds.RequestPropertyBecameReadOnly
                    : b.Required.Contains(property.Key) ? RuleIds.ResponseRequiredPropertyBecameWriteOnly : RuleIds.ResponseOptionalPropertyBecameWriteOnly;
                pair.ReportProperty(flipped, path, request ? "became readOnly" : "became writeOnly", ScalarRules.At(revisionShape, request ? "readOnly" : "writeOnly"), inBase: false);
                continue;
            }

            var requiredBefore = b.Required.Contains(property.Key);
            var requiredNow = r.Required.Contains(property.Key);
            if (request && requiredNow && !requiredBefore)
            {
                pair.ReportProperty(RuleIds.RequestPropertyBecameRequired, path, "became required", ScalarRules.At(r, "required"), inBase: false);
            }
            else if (!request && requiredBefore && !requiredNow)
            {
                pair.ReportProperty(RuleIds.ResponsePropertyBecameOptional, path, "became optional", revisionProperty.Pointer, inBase: false);
            }

            pair.Comparer.CompareProperty(pair, property.Value, revisionProperty, path);
        }

        if (!request)
        {
            return;
        }

        foreach (var property in r.Properties)
        {
            if (b.Properties.ContainsKey(property.Key) || session.RevisionShapes.Shape(property.Value).ReadOnly)
            {
                continue;
            }

            var required = r.Required.Contains(property.Key);
            var id = required ? RuleIds.NewRequiredRequestProperty : RuleIds.NewOptionalRequestProperty;
            if (required || session.Options.IncludeInfo)
            {
                pair.ReportProperty(id, Join(pair.Path, property.Key), required ? "was added as required" : "was added", property.Value.Pointer, inBase: false);
            }
        }
    }

    /// <summary>Read-only properties are never sent, write-only ones never received.</summary>
    private static bool Skipped(SchemaShape shape, bool request) => request ? shape.ReadOnly : shape.WriteOnly;

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
