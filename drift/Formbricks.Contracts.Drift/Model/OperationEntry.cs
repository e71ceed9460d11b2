using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Model;

/// <summary>An operation of one document with the keys it is matched by.</summary>
internal sealed class OperationEntry
{
    public OperationEntry(string method, string path, string key, string rawKey, IOpenApiPathItem pathItem, OpenApiOperation operation, LazyPointer pathPointer, LazyPointer pointer)
    {
        Method = method;
        Path = path;
        Key = key;
        RawKey = rawKey;
        PathItem = pathItem;
        Operation = operation;
        PathPointer = pathPointer;
        Pointer = pointer;
    }

    /// <summary>Upper-case HTTP method.</summary>
    public string Method { get; }

    /// <summary>The path as written.</summary>
    public string Path { get; }

    /// <summary>Method and effective URL template (server path + path, parameter names erased).</summary>
    public string Key { get; }

    /// <summary>Method and path template alone (parameter names erased), used when the server path moved.</summary>
    public string RawKey { get; }

    public IOpenApiPathItem PathItem { get; }

    public OpenApiOperation Operation { get; }

    /// <summary>Pointer of the path item (resolved when it is a reference).</summary>
    public LazyPointer PathPointer { get; }

    /// <summary>Pointer of the operation.</summary>
    public LazyPointer Pointer { get; }

    /// <summary>The path template's parameter names in order (for matching path parameters by position).</summary>
    public IReadOnlyList<string> TemplateNames => UrlTemplates.Names(Path);
}
