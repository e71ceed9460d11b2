using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Model;

/// <summary>The operations of one document, keyed by method and effective URL template.</summary>
internal sealed class OperationIndex
{
    private OperationIndex(List<OperationEntry> entries, string serverPath, IReadOnlyList<string> hosts)
    {
        Entries = entries;
        ServerPath = serverPath;
        Hosts = hosts;
    }

    public List<OperationEntry> Entries { get; }

    /// <summary>The path of the document's first server ("" when none).</summary>
    public string ServerPath { get; }

    /// <summary>The distinct hosts of the document's servers (absolute URLs only).</summary>
    public IReadOnlyList<string> Hosts { get; }

    public static OperationIndex Build(OpenApiDocument document)
    {
        var documentServer = document.Servers is { Count: > 0 } servers ? servers[0] : null;
        var entries = new List<OperationEntry>();
        var paths = LazyPointer.Root.Child("paths");
        if (document.Paths is not null)
        {
            foreach (var pathPair in document.Paths)
            {
                var pathItem = pathPair.Value;
                var pathPointer = paths.Child(pathPair.Key, pathItem);
                if (pathItem?.Operations is null)
                {
                    continue;
                }

                foreach (var operationPair in pathItem.Operations)
                {
                    var method = operationPair.Key.Method.ToUpperInvariant();
                    var server = operationPair.Value.Servers is { Count: > 0 } own ? own[0]
                        : pathItem.Servers is { Count: > 0 } shared ? shared[0] : documentServer;
                    var key = method + " " + UrlTemplates.Normalize(UrlTemplates.ServerPath(server) + "/" + pathPair.Key);
                    var rawKey = method + " " + UrlTemplates.Normalize(pathPair.Key);
                    var pointer = pathPointer.Child(operationPair.Key.Method.ToLowerInvariant());
                    entries.Add(new OperationEntry(method, pathPair.Key, key, rawKey, pathItem, operationPair.Value, pathPointer, pointer));
                }
            }
        }

        var hosts = (document.Servers ?? []).Select(UrlTemplates.ServerHost).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new OperationIndex(entries, UrlTemplates.ServerPath(documentServer), hosts);
    }
}
