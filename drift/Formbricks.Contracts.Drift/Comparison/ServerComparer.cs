using Formbricks.Contracts.Drift.Model;
using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>The document's servers: another host, or another base path that moves every operation, is one finding.</summary>
internal static class ServerComparer
{
    /// <summary>Reports a server move; returns true when operations must be matched by path alone (the server path moved).</summary>
    public static bool Compare(DiffSession session, OperationIndex @base, OperationIndex revision)
    {
        if (@base.Hosts.Count > 0 && revision.Hosts.Count > 0 && !@base.Hosts.Any(revision.Hosts.Contains))
        {
            session.Report(
                RuleIds.ApiServersChanged,
                null,
                $"servers moved from {string.Join(", ", @base.Hosts)} to {string.Join(", ", revision.Hosts)}: every operation's URL changed",
                "/servers",
                inBase: false);
        }

        var revisionKeys = new HashSet<string>(revision.Entries.Select(e => e.Key), StringComparer.Ordinal);
        var revisionRawKeys = new HashSet<string>(revision.Entries.Select(e => e.RawKey), StringComparer.Ordinal);
        var byKey = @base.Entries.Count(e => revisionKeys.Contains(e.Key));
        var byRawKey = @base.Entries.Count(e => revisionRawKeys.Contains(e.RawKey));
        if (@base.ServerPath == revision.ServerPath || byRawKey <= byKey)
        {
            return false;
        }

        session.Report(
            RuleIds.ApiServersChanged,
            null,
            $"the server path moved from '{@base.ServerPath}' to '{revision.ServerPath}': every operation's URL changed",
            "/servers",
            inBase: false);
        return true;
    }
}
