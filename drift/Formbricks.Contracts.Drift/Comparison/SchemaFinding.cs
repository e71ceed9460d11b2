namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>
/// A finding of a schema walk before it is labelled with an operation and a place: what a shared pair of components
/// gave once, kept with its property path relative to the pair, so it can be reported again wherever the pair is met.
/// </summary>
internal sealed class SchemaFinding
{
    public SchemaFinding(string rule, bool byPrefix, string path, string what, string pointer, bool inBase)
    {
        Rule = rule;
        ByPrefix = byPrefix;
        Path = path;
        What = what;
        Pointer = pointer;
        InBase = inBase;
    }

    /// <summary>A rule-id suffix (<see cref="ByPrefix"/>) or a whole rule id.</summary>
    public string Rule { get; }

    /// <summary>True when the rule id is the place's prefix for <see cref="Path"/> + <see cref="Rule"/>, and the message reads <c>place: what</c>; false for a property rule (<c>place property 'path' what</c>).</summary>
    public bool ByPrefix { get; }

    /// <summary>The property path (from the top schema, or relative to a pair when recorded).</summary>
    public string Path { get; }

    public string What { get; }

    public string Pointer { get; }

    public bool InBase { get; }

    /// <summary>The same finding with its path relative to <paramref name="root"/>, a path it starts with.</summary>
    public SchemaFinding RelativeTo(string root)
    {
        if (root.Length == 0)
        {
            return this;
        }

        var rest = Path.Substring(root.Length);
        return With(rest.StartsWith(".", StringComparison.Ordinal) ? rest.Substring(1) : rest);
    }

    /// <summary>The same finding under <paramref name="root"/> (the inverse of <see cref="RelativeTo"/>, as properties and items extend a path).</summary>
    public SchemaFinding Under(string root) =>
        root.Length == 0 ? this
        : Path.Length == 0 ? With(root)
        : With(Path.StartsWith("[", StringComparison.Ordinal) ? root + Path : root + "." + Path);

    /// <summary>Reports it for <paramref name="operation"/> at <paramref name="place"/>.</summary>
    public void Report(DiffSession session, OperationPair operation, SchemaPlace place)
    {
        var id = ByPrefix ? place.Prefix(Path) + "-" + Rule : Rule;
        var message = session.BeginMessage(operation, InBase).Append(place.Label);
        if (!ByPrefix || Path.Length > 0)
        {
            message.Append(" property '").Append(Path).Append('\'');
        }

        message.Append(ByPrefix ? ": " : " ").Append(What);
        session.Report(id, operation, message, Pointer, InBase);
    }

    private SchemaFinding With(string path) => new(Rule, ByPrefix, path, What, Pointer, InBase);
}
