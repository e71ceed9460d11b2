using Formbricks.Contracts.Drift.Model;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>A base shape and its revision at one place, and how to report what differs there.</summary>
internal sealed class ShapePair
{
    public ShapePair(OperationPair operation, SchemaShape @base, SchemaShape revision, SchemaPlace place, string path, int depth)
    {
        Operation = operation;
        Base = @base;
        Revision = revision;
        Place = place;
        Path = path;
        Depth = depth;
    }

    public OperationPair Operation { get; }

    public SchemaShape Base { get; }

    public SchemaShape Revision { get; }

    public SchemaPlace Place { get; }

    /// <summary>The property path from the top schema, e.g. <c>data[].name</c> ("" at the top).</summary>
    public string Path { get; }

    public int Depth { get; }

    /// <summary>Reports <c>&lt;prefix&gt;-&lt;suffix&gt;</c> for this place.</summary>
    public void Report(DiffSession session, string suffix, string what, string pointer, bool inBase) =>
        session.Report(Place.Prefix(Path) + "-" + suffix, Operation, $"{Place.Describe(Path)}: {what}", pointer, inBase);
}
