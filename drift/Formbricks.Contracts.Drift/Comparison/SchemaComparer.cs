using Formbricks.Contracts.Drift.Model;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>
/// Compares a base schema with its revision, recursing through properties, items and oneOf/anyOf branches (allOf is
/// merged by the normaliser). A pair of referenced schemas met again while it is being compared is skipped (a cycle),
/// and a pair that gave nothing once is not compared again in the same direction. A pair whose walk gave findings and
/// met no cycle gives the same findings wherever it is met, so it is walked once and its findings are replayed,
/// labelled with the operation and the place, at every later meeting (a large document meets its shared components
/// at every operation).
/// </summary>
internal sealed class SchemaComparer
{
    private const int MaxDepth = 64;
    private readonly DiffSession _session;
    private readonly HashSet<PairKey> _inProgress = [];
    private readonly HashSet<PairKey> _quiet = [];
    private readonly Dictionary<PairKey, Replay> _replays = [];

    /// <summary>The findings of the walks being recorded, in order, with their full paths.</summary>
    private readonly List<SchemaFinding> _trail = [];
    private int _recording;

    /// <summary>Walks cut short by a cycle or the depth limit: such a walk depends on where it started and is not replayed.</summary>
    private int _cuts;

    /// <summary>Pairs marked quiet after a cut walk; a later mark may hide findings a replay holds, so it retires the replays.</summary>
    private int _cutQuietMarks;
    private int _deepest;

    public SchemaComparer(DiffSession session) => _session = session;

    public void Compare(OperationPair operation, SchemaNode @base, SchemaNode revision, SchemaPlace place) =>
        Compare(operation, @base, revision, place, string.Empty, 0);

    /// <summary>Reports a finding of the walk at <paramref name="place"/> of <paramref name="operation"/>, and keeps it for the pairs being recorded.</summary>
    public void Report(OperationPair operation, SchemaPlace place, SchemaFinding finding)
    {
        finding.Report(_session, operation, place);
        if (_recording > 0)
        {
            _trail.Add(finding);
        }
    }

    private void Compare(OperationPair operation, SchemaNode baseNode, SchemaNode revisionNode, SchemaPlace place, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            _cuts++;
            return;
        }

        _deepest = Math.Max(_deepest, depth);
        var b = _session.BaseShapes.Shape(baseNode);
        var r = _session.RevisionShapes.Shape(revisionNode);
        if (b.RefId is null || r.RefId is null)
        {
            CompareShapes(new ShapePair(this, operation, b, r, place, path, depth));
            return;
        }

        // The same key marks a pair in progress (a $ref cycle comes back to it) and a pair known to give nothing.
        var key = new PairKey(place.Direction, place.Prefix(path), b.RefId, r.RefId);
        if (_quiet.Contains(key))
        {
            return;
        }

        if (_inProgress.Contains(key))
        {
            _cuts++;
            return;
        }

        if (_replays.TryGetValue(key, out var replay) && replay.Generation == _cutQuietMarks && depth + replay.Height <= MaxDepth)
        {
            foreach (var finding in replay.Findings)
            {
                Report(operation, place, finding.Under(path));
            }

            _deepest = Math.Max(_deepest, depth + replay.Height);
            return;
        }

        Walk(key, new ShapePair(this, operation, b, r, place, path, depth));
    }

    private void Walk(PairKey key, ShapePair pair)
    {
        _inProgress.Add(key);
        var cuts = _cuts;
        var start = _trail.Count;
        var outerDeepest = _deepest;
        var before = _session.Findings.Count;
        _recording++;
        _deepest = pair.Depth;
        CompareShapes(pair);
        _recording--;
        _inProgress.Remove(key);
        var height = _deepest - pair.Depth;
        _deepest = Math.Max(outerDeepest, _deepest);
        if (_session.Findings.Count == before)
        {
            _quiet.Add(key);
            _cutQuietMarks += _cuts == cuts ? 0 : 1;
        }
        else if (_cuts == cuts)
        {
            var findings = new List<SchemaFinding>(_trail.Count - start);
            for (var i = start; i < _trail.Count; i++)
            {
                findings.Add(_trail[i].RelativeTo(pair.Path));
            }

            _replays[key] = new Replay(findings, height, _cutQuietMarks);
        }

        if (_recording == 0)
        {
            _trail.Clear();
        }
    }

    /// <summary>Compares a property present in both shapes of <paramref name="pair"/>, at <paramref name="path"/>.</summary>
    public void CompareProperty(ShapePair pair, SchemaNode @base, SchemaNode revision, string path) =>
        Compare(pair.Operation, @base, revision, pair.Place, path, pair.Depth + 1);

    private void CompareShapes(ShapePair pair)
    {
        if (!ScalarRules.Check(_session, pair))
        {
            return;
        }

        PropertyRules.Check(_session, pair);
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
                pair.Report(kind + "-removed", $"{keyword} branch {Name(baseKeys[i])} was removed", baseBranches[i].Pointer, inBase: true);
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
                pair.Report(kind + "-added", $"{keyword} branch {Name(revisionKeys[i])} was added", revisionBranches[i].Pointer, inBase: false);
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

    /// <summary>What a pair's walk gave: its findings relative to the pair, how deep the walk went below it, and the quiet-mark generation it was made in.</summary>
    private sealed class Replay
    {
        public Replay(List<SchemaFinding> findings, int height, int generation)
        {
            Findings = findings;
            Height = height;
            Generation = generation;
        }

        public List<SchemaFinding> Findings { get; }

        public int Height { get; }

        public int Generation { get; }
    }
}
