using Formbricks.Contracts.Drift.Comparison;
using Formbricks.Contracts.Drift.Model;
using Formbricks.Contracts.Drift.Rules;
using Formbricks.Contracts.OpenApi;

namespace Formbricks.Contracts.Drift;

/// <summary>Finds the changes between two OpenAPI documents that break (or may break) a client of the base.</summary>
public static class DriftEngine
{
    /// <summary>
    /// Compares two documents read by <see cref="SpecReader.Read"/>. Operations are matched by method and effective URL
    /// template (server path + path, parameter names erased); when every operation moved by the same server path, that
    /// is one <c>api-servers-changed</c> finding and operations are matched by their paths.
    /// </summary>
    /// <param name="base">The document clients were written against.</param>
    /// <param name="revision">The new document.</param>
    /// <param name="options">Options (default: <see cref="DriftOptions.Default"/>).</param>
    /// <returns>The findings, in base-document order of operations, then by location.</returns>
    /// <exception cref="ArgumentException">A document could not be read (its <see cref="SpecReadResult.Document"/> is null).</exception>
    public static IReadOnlyList<Finding> Diff(SpecReadResult @base, SpecReadResult revision, DriftOptions? options = null)
    {
        if (@base?.Document is null)
        {
            throw new ArgumentException("The base document could not be read.", nameof(@base));
        }

        if (revision?.Document is null)
        {
            throw new ArgumentException("The revision document could not be read.", nameof(revision));
        }

        var session = new DiffSession(new SpecSide(@base, isBase: true), new SpecSide(revision, isBase: false), options ?? DriftOptions.Default);
        var baseIndex = OperationIndex.Build(session.Base.Document);
        var revisionIndex = OperationIndex.Build(session.Revision.Document);
        var byRawKey = ServerComparer.Compare(session, baseIndex, revisionIndex);
        OperationMatcher.Compare(session, baseIndex, revisionIndex, byRawKey);
        return session.Findings;
    }

    /// <summary>Every rule (the same list as <see cref="RuleCatalog.All"/>).</summary>
    public static IReadOnlyList<Rule> Rules => RuleCatalog.All;
}
