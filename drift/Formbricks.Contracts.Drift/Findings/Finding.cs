namespace Formbricks.Contracts.Drift;

/// <summary>One change between two documents that a rule reports.</summary>
public sealed class Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The rule's id, e.g. <c>request-parameter-removed</c>.</param>
    /// <param name="level">The level (the rule's, or as a severity file set it).</param>
    /// <param name="method">The operation's HTTP method in upper case (empty for document-wide findings).</param>
    /// <param name="path">The operation's path as written in the document that holds the node (empty for document-wide findings).</param>
    /// <param name="message">One line naming the operation and the exact place.</param>
    /// <param name="location">Where the node is: in the revision, or in the base for a removal.</param>
    public Finding(string ruleId, FindingLevel level, string method, string path, string message, FindingLocation location)
    {
        RuleId = ruleId;
        Level = level;
        Method = method;
        Path = path;
        Message = message;
        Location = location;
    }

    /// <summary>The rule's id.</summary>
    public string RuleId { get; }

    /// <summary>The level.</summary>
    public FindingLevel Level { get; }

    /// <summary>The operation's HTTP method (upper case), or empty.</summary>
    public string Method { get; }

    /// <summary>The operation's path as written in the document that holds the node, or empty.</summary>
    public string Path { get; }

    /// <summary>One line naming the operation and the exact place.</summary>
    public string Message { get; }

    /// <summary>Where the node is.</summary>
    public FindingLocation Location { get; }

    /// <summary>The same finding at another level.</summary>
    /// <param name="level">The new level.</param>
    /// <returns>A copy with <paramref name="level"/>.</returns>
    public Finding WithLevel(FindingLevel level) => new(RuleId, level, Method, Path, Message, Location);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Location} {FindingLevels.Name(Level)} {RuleId}: {Message}";
}

/// <summary>A node's place in a document's text: the file as given, 1-based line and column, and its JSON pointer.</summary>
public sealed class FindingLocation
{
    /// <summary>Creates a location.</summary>
    /// <param name="file">The file (as given to the reader).</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    /// <param name="pointer">The node's JSON pointer.</param>
    /// <param name="inBase">True when the node is in the base document (a removal).</param>
    /// <param name="offset">0-based offset of the node in its text; -1 when unknown.</param>
    /// <param name="length">Length of the node's span in its text.</param>
    public FindingLocation(string file, int line, int column, string pointer, bool inBase, int offset = -1, int length = 0)
    {
        Offset = offset;
        Length = length;
        File = file;
        Line = line;
        Column = column;
        Pointer = pointer;
        InBase = inBase;
    }

    /// <summary>The file as given to the reader.</summary>
    public string File { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>The node's JSON pointer.</summary>
    public string Pointer { get; }

    /// <summary>True when the node is in the base document.</summary>
    public bool InBase { get; }

    /// <summary>0-based offset of the node in its text (for compiler locations); -1 when unknown.</summary>
    public int Offset { get; }

    /// <summary>Length of the node's span in its text.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}
