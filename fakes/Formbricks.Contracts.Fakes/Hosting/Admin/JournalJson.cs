using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary><c>GET /__formbricks/journal</c>: the fake's journal, filtered by operation id, method, path prefix, status and time.</summary>
internal static class JournalJson
{
    public static JsonObject Read(FakeJournal journal, IQueryCollection query)
    {
        IEnumerable<JournalEntry> entries = query["operationId"].FirstOrDefault() is { Length: > 0 } operationId
            ? journal.ForOperation(operationId)
            : journal.Entries;
        if (query["method"].FirstOrDefault() is { Length: > 0 } method)
        {
            entries = entries.Where(e => string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase));
        }

        if (query["path"].FirstOrDefault() is { Length: > 0 } path)
        {
            entries = entries.Where(e => e.Path.StartsWith(path, StringComparison.OrdinalIgnoreCase));
        }

        if (query["status"].FirstOrDefault() is { Length: > 0 } statusText)
        {
            var status = int.TryParse(statusText, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : throw new AdminException($"status '{statusText}' is not a number");
            entries = entries.Where(e => e.Status == status);
        }

        if (query["since"].FirstOrDefault() is { Length: > 0 } sinceText)
        {
            var since = DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
                ? t
                : throw new AdminException($"since '{sinceText}' is not an ISO 8601 date-time (the server clock's time, e.g. 2026-06-01T12:00:00Z)");
            entries = entries.Where(e => e.Timestamp >= since);
        }

        var list = entries.ToList();
        if (query["limit"].FirstOrDefault() is { Length: > 0 } limitText)
        {
            var limit = int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : throw new AdminException($"limit '{limitText}' is not a number");
            list = list.Skip(Math.Max(0, list.Count - limit)).ToList();
        }

        return new JsonObject
        {
            ["count"] = list.Count,
            ["total"] = journal.Count,
            ["dropped"] = journal.DroppedCount,
            ["entries"] = new JsonArray([.. list.Select(e => (JsonNode)ToJson(e))]),
        };
    }

    private static JsonObject ToJson(JournalEntry entry)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in entry.Headers)
        {
            headers[name] = value;
        }

        var query = new JsonObject();
        foreach (var (name, values) in entry.QueryParameters)
        {
            query[name] = new JsonArray([.. values.Select(v => (JsonNode?)v)]);
        }

        return new JsonObject
        {
            ["timestamp"] = FakeClock.ToIsoString(entry.Timestamp),
            ["operationId"] = entry.OperationId,
            ["method"] = entry.Method,
            ["path"] = entry.Path,
            ["query"] = entry.Query,
            ["queryParameters"] = query,
            ["headers"] = headers,
            ["body"] = entry.Body,
            ["status"] = entry.Status,
            ["responseContentType"] = entry.ResponseContentType,
            ["responseBody"] = entry.ResponseBody,
        };
    }
}
