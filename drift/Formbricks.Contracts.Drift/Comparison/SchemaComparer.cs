using Formbricks.Contracts.Drift.Model;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>
/// Compares a base schema with its revision, recursing through properties, items and oneOf/anyOf branches (allOf is
/// merged by the normaliser). Referenced pairs met again are skipped (cycles), and a pair that gave nothing once is not
/// compared again in the same direction.
/// </summary>
internal sealed class SchemaComparer
{
    private const int MaxDepth = 64;
    private readonly DiffSession _session;
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public SchemaComparer(DiffSession session) => _session = session;

    public void Compare(OperationPair operation, SchemaNode @base, SchemaNode revision, SchemaPlace place) =>
        Compare(operation, @base, revision, place, string.Empty, 0);

    private void Compare(OperationPair operation, SchemaNode baseNode, SchemaNode revisionNode, SchemaPlace place, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var b = _session.BaseShapes.Shape(baseNode);
        var r = _session.RevisionShapes.Shape(revisionNode);
        if (b.RefId is not null && r.RefId is not null)
        {
            // The same key marks a pair in progress (a $ref cycle comes back to it) and a pair known to give nothing.
            var key = $"{place.Direction}|{place.Prefix(path)}|{b.RefId}|{r.RefId}";
            if (_session.IsKnownQuiet(key) || !_inProgress.Add(key))
            {
                return;
            }

            var before = _session.Findings.Count;
            var context = new ShapePair(operation, b, r, place, path, depth);
            CompareShapes(context);
            _inProgress.Remove(key);
            if (_session.Findings.Count == before)
            {
                _session.MarkQuiet(key);
            }

            return;
        }

        CompareShapes(new ShapePair(operation, b, r, place, path, depth));
    }

    private void CompareShapes(ShapePair pair)
    {
        if (!ScalarRules.Check(_session, pair))
        {
            return;
        }

        PropertyRules.Check(_session, pair, (b, r, path) => Compare(pair.Operation, b, r, pair.Place, path, pair.Depth + 1));
        if (pair.Base.Items is { } baseItems && pair.Revision.Items is { } revisionItems)
        {
            Compare(pair.Operation, baseItems, revisionItems, pair.Place, pair.Path + "[]", pair.Depth + 1);
        }

        CompareBranches(pair, pair.Base.OneOf, pair.Revision.OneOf, "one-of", "oneOf");
        CompareBranches(pair, pair.Base.AnyOf, pair.Revision.AnyOf, "any-of", "anyOf");
    }

    private void CompareBranches(ShapePair pair, List<SchemaNode> baseBranches, List<SchemaNode> revisionBranches, string kind, string keyword)
    {
        if (baseBranches.Count == 0 && revisionBranches.Count == 0)
        {
            return;
        }

        // A schema without branches counts as one branch: itself (oneOf: [A] is read as A by the normaliser).
        var baseKeys = baseBranches.Count == 0 ? [pair.Base.RefId is null ? "#self" : Id(pair.Base.RefId)] : Keys(baseBranches);
        var revisionKeys = revisionBranches.Count == 0 ? [pair.Revision.RefId is null ? "#self" : Id(pair.Revision.RefId)] : Keys(revisionBranches);
        var request = pair.Place.Direction == Direction.Request;
        for (var i = 0; i < baseBranches.Count; i++)
        {
            var match = revisionBranches.Count == 0 ? -1 : revisionKeys.IndexOf(baseKeys[i]);
            if (match >= 0)
            {
                Compare(pair.Operation, baseBranches[i], revisionBranches[match], pair.Place, pair.Path, pair.Depth + 1);
            }
            else if (request && !revisionKeys.Contains(baseKeys[i]))
            {
                pair.Report(_session, kind + "-removed", $"{keyword} branch {Name(baseKeys[i])} was removed", baseBranches[i].Pointer, inBase: true);
            }
        }

        if (request)
        {
            return;
        }

        for (var i = 0; i < revisionBranches.Count; i++)
        {
            if (!baseKeys.Contains(revisionKeys[i]))
            {
                pair.Report(_session, kind + "-added", $"{keyword} branch {Name(revisionKeys[i])} was added", revisionBranches[i].Pointer, inBase: false);
            }
        }
    }

    /// <summary>The component name of a reference (<c>#/components/schemas/A</c> gives <c>A</c>).</summary>
    private static string Id(string reference) => reference.Substring(reference.LastIndexOf('/') + 1);

    private static List<string> Keys(List<SchemaNode> branches)
    {
        var keys = new List<string>(branches.Count);
        for (var i = 0; i < branches.Count; i++)
        {
            keys.Add(branches[i].Schema is OpenApiSchemaReference reference && reference.Reference.Id is { } id ? id : "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return keys;
    }

    private static string Name(string key) => key.StartsWith("#", StringComparison.Ordinal) ? "#" + key.Substring(1) : "'" + key + "'";
}
