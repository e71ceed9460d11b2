using Formbricks.Contracts.Drift.Model;
using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>Pairs the operations of both documents, reports removed and added ones, and compares each pair.</summary>
internal static class OperationMatcher
{
    public static void Compare(DiffSession session, OperationIndex @base, OperationIndex revision, bool byRawKey)
    {
        var revisionByKey = new Dictionary<string, OperationEntry>(StringComparer.Ordinal);
        foreach (var entry in revision.Entries)
        {
            var key = byRawKey ? entry.RawKey : entry.Key;
            if (!revisionByKey.ContainsKey(key))
            {
                revisionByKey.Add(key, entry);
            }
        }

        var revisionPaths = new HashSet<string>(revision.Entries.Select(e => PathOf(byRawKey ? e.RawKey : e.Key)), StringComparer.Ordinal);
        var matched = new HashSet<OperationEntry>(IdentityComparer.Instance);
        var schemas = new SchemaComparer(session);
        foreach (var entry in @base.Entries)
        {
            var key = byRawKey ? entry.RawKey : entry.Key;
            if (!revisionByKey.TryGetValue(key, out var counterpart))
            {
                ReportRemoved(session, entry, pathGone: !revisionPaths.Contains(PathOf(key)));
                continue;
            }

            matched.Add(counterpart);
            var pair = new OperationPair(entry, counterpart);
            ParameterComparer.Compare(session, schemas, pair);
            RequestBodyComparer.Compare(session, schemas, pair);
            ResponseComparer.Compare(session, schemas, pair);
            SecurityComparer.Compare(session, pair);
        }

        if (!session.Options.IncludeInfo)
        {
            return;
        }

        foreach (var entry in revision.Entries)
        {
            if (!matched.Contains(entry))
            {
                var self = new OperationPair(entry, entry);
                session.Report(RuleIds.ApiAdded, self, "operation added", entry.Pointer.Text, inBase: false);
            }
        }
    }

    private static void ReportRemoved(DiffSession session, OperationEntry entry, bool pathGone)
    {
        var operation = entry.Operation;
        var sunset = Sunset(operation);
        string id;
        string why;
        if (!operation.Deprecated)
        {
            id = pathGone ? RuleIds.ApiPathRemovedWithoutDeprecation : RuleIds.ApiRemovedWithoutDeprecation;
            why = "without being deprecated first";
        }
        else if (sunset is { } date && date > session.Options.Today)
        {
            id = pathGone ? RuleIds.ApiPathRemovedBeforeSunset : RuleIds.ApiRemovedBeforeSunset;
            why = $"before its sunset date {date:yyyy-MM-dd}";
        }
        else
        {
            id = pathGone ? RuleIds.ApiPathRemovedWithDeprecation : RuleIds.ApiRemovedWithDeprecation;
            why = "after its deprecation";
        }

        var self = new OperationPair(entry, entry);
        session.Report(id, self, $"{(pathGone ? "the path and this operation were" : "the operation was")} removed {why}", entry.Pointer.Text, inBase: true);
    }

    private static DateTime? Sunset(Microsoft.OpenApi.OpenApiOperation operation)
    {
        if (operation.Extensions is null || !operation.Extensions.TryGetValue("x-sunset", out var extension))
        {
            return null;
        }

        var text = extension is Microsoft.OpenApi.JsonNodeExtension node ? node.Node?.ToString() : null;
        return DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? date.Date
            : null;
    }

    private static string PathOf(string key) => key.Substring(key.IndexOf(' ') + 1);
}
