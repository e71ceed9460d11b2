using Formbricks.Contracts.Drift.Model;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>A base shape and its revision at one place, and how to report what differs there.</summary>
internal readonly struct ShapePair
{
    public ShapePair(SchemaComparer comparer, OperationPair operation, SchemaShape @base, SchemaShape revision, SchemaPlace place, string path, int depth)
    {
        Comparer = comparer;
        Operation = operation;
        Base = @base;
        Revision = revision;
        Place = place;
        Path = path;
        Depth = depth;
    }

    /// <summary>The walk this pair is part of (it reports and records findings).</summary>
    public SchemaComparer Comparer { get; }

    public OperationPair Operation { get; }

    public SchemaShape Base { get; }

    public SchemaShape Revision { get; }

    public SchemaPlace Place { get; }

    /// <summary>The property path from the top schema, e.g. <c>data[].name</c> ("" at the top).</summary>
    public string Path { get; }

    public int Depth { get; }

    /// <summary>Reports <c>&lt;prefix&gt;-&lt;suffix&gt;</c> for this place.</summary>
    public void Report(string suffix, string what, string pointer, bool inBase) =>
        Comparer.Report(Operation, Place, new SchemaFinding(suffix, byPrefix: true, Path, what, pointer, inBase));

    /// <summary>Reports the property rule <paramref name="ruleId"/> for the property at <paramref name="path"/>.</summary>
    public void ReportProperty(string ruleId, string path, string what, string pointer, bool inBase) =>
        Comparer.Report(Operation, Place, new SchemaFinding(ruleId, byPrefix: false, path, what, pointer, inBase));
}
