using System.Globalization;
using Formbricks.Contracts.OpenApi;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Analyzers.Tests.Infrastructure;

/// <summary>
/// Where a schema of the canonical spec starts, as the generator writes it into the metadata the analyzers read
/// (<c>spec/formbricks.openapi.yml(line,column)</c>, 1-based), found through the reader's source map, so the tests
/// follow the spec when lines move.
/// </summary>
internal static class CanonicalSpecLocation
{
    private static readonly Lazy<SpecReadResult> Read = new(() => SpecReader.Read(RepositoryFiles.CanonicalSpec, File.ReadAllText(RepositoryFiles.CanonicalSpec)));

    /// <summary>The schema of a shared parameter (<c>components/parameters/{name}</c>).</summary>
    public static string OfComponentParameter(string name) => At($"/components/parameters/{name}/schema");

    /// <summary>The schema of an operation's own (inline) parameter.</summary>
    public static string OfParameter(string path, string method, string name)
    {
        var item = Read.Value.Document!.Paths[path];
        var operation = item.Operations![HttpMethod.Parse(method)];
        var index = operation.Parameters!.ToList().FindIndex(p => p.Name == name && p is not OpenApiParameterReference);
        if (index >= 0)
        {
            return At($"/paths/{OpenApi.SourceMapping.JsonPointer.Escape(path)}/{method.ToLowerInvariant()}/parameters/{index}/schema");
        }

        var itemIndex = item.Parameters!.ToList().FindIndex(p => p.Name == name && p is not OpenApiParameterReference);
        Assert.True(itemIndex >= 0, $"{method} {path} has no inline parameter {name}");
        return At($"/paths/{OpenApi.SourceMapping.JsonPointer.Escape(path)}/parameters/{itemIndex}/schema");
    }

    /// <summary>A property of a component schema.</summary>
    public static string OfProperty(string schema, string property) => At($"/components/schemas/{schema}/properties/{property}");

    private static string At(string pointer)
    {
        Assert.True(Read.Value.SourceMap.TryGetSpan(pointer, out var span), $"The canonical spec has no node at {pointer}");
        return string.Format(CultureInfo.InvariantCulture, "spec/formbricks.openapi.yml({0},{1})", span.StartLine + 1, span.StartColumn + 1);
    }
}
