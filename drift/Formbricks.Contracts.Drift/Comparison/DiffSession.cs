using System.Text;
using Formbricks.Contracts.Drift.Model;
using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>The state of one diff: both documents, their normalisers, and the findings so far.</summary>
internal sealed class DiffSession
{
    public DiffSession(SpecSide @base, SpecSide revision, DriftOptions options)
    {
        Base = @base;
        Revision = revision;
        Options = options;
        BaseShapes = new SchemaNormalizer(@base.Read.SourceMap);
        RevisionShapes = new SchemaNormalizer(revision.Read.SourceMap);
    }

    public SpecSide Base { get; }

    public SpecSide Revision { get; }

    public DriftOptions Options { get; }

    public SchemaNormalizer BaseShapes { get; }

    public SchemaNormalizer RevisionShapes { get; }

    public List<Finding> Findings { get; } = [];

    /// <summary>The message being written (one builder for every finding: a message is made of several parts).</summary>
    private readonly StringBuilder _message = new();

    /// <summary>Reports a finding at a node of the base (<paramref name="inBase"/>) or of the revision.</summary>
    public void Report(string ruleId, OperationPair? operation, string message, string pointer, bool inBase) =>
        Report(ruleId, operation, BeginMessage(operation, inBase).Append(message), pointer, inBase);

    /// <summary>The message builder, cleared and holding the operation (<c>GET /path: </c>), for the rest of a finding's message.</summary>
    public StringBuilder BeginMessage(OperationPair? operation, bool inBase)
    {
        _message.Clear();
        return Entry(operation, inBase) is { } entry ? _message.Append(entry.Method).Append(' ').Append(entry.Path).Append(": ") : _message;
    }

    /// <summary>Reports a finding whose message was written into <see cref="BeginMessage"/>'s builder.</summary>
    public void Report(string ruleId, OperationPair? operation, StringBuilder message, string pointer, bool inBase)
    {
        var rule = RuleCatalog.Get(ruleId);
        var side = inBase ? Base : Revision;
        var entry = Entry(operation, inBase);
        Findings.Add(new Finding(rule.Id, rule.Level, entry?.Method ?? string.Empty, entry?.Path ?? string.Empty, message.ToString(), side.Locate(pointer)));
    }

    private static OperationEntry? Entry(OperationPair? operation, bool inBase) =>
        operation is null ? null : inBase ? operation.Base : operation.Revision;
}

/// <summary>An operation present in both documents.</summary>
internal sealed class OperationPair
{
    public OperationPair(OperationEntry @base, OperationEntry revision)
    {
        Base = @base;
        Revision = revision;
    }

    public OperationEntry Base { get; }

    public OperationEntry Revision { get; }
}
