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

    /// <summary>Reports a finding at a node of the base (<paramref name="inBase"/>) or of the revision.</summary>
    public void Report(string ruleId, OperationPair? operation, string message, string pointer, bool inBase)
    {
        var rule = RuleCatalog.Get(ruleId);
        var side = inBase ? Base : Revision;
        var entry = operation is null ? null : inBase ? operation.Base : operation.Revision;
        var method = entry?.Method ?? string.Empty;
        var path = entry?.Path ?? string.Empty;
        var text = operation is null ? message : $"{entry!.Display}: {message}";
        Findings.Add(new Finding(rule.Id, rule.Level, method, path, text, side.Locate(pointer)));
    }
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
