using Formbricks.Contracts.OpenApi.Diagnostics;
using Formbricks.Contracts.OpenApi.Reading;
using Formbricks.Contracts.OpenApi.SourceMapping;
using Formbricks.Contracts.OpenApi.Yaml;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.OpenApi;

/// <summary>
/// Reads an OpenAPI 3.0/3.1 document from YAML or JSON text into Microsoft.OpenApi's model, with a source map of
/// every node and diagnostics located in the text. Pure: no file system, network or shared state; safe to call from
/// a source generator.
/// </summary>
public static class SpecReader
{
    /// <summary>
    /// Reads a spec. Never throws for any input: problems become <see cref="SpecReadResult.Diagnostics"/>. The only
    /// exception is <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled,
    /// as Roslyn expects from generator pipelines.
    /// </summary>
    /// <param name="path">Where the text comes from; used in locations and to tell JSON (<c>.json</c>) from YAML.</param>
    /// <param name="text">The spec text (YAML or JSON).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document (when readable), diagnostics and source map.</returns>
    public static SpecReadResult Read(string path, string text, CancellationToken cancellationToken = default)
    {
        path ??= string.Empty;
        text ??= string.Empty;
        var diagnostics = new DiagnosticBag();
        var map = SourceMap.Empty;
        OpenApiDocument? document = null;
        try
        {
            var lines = new LineIndex(text);
            var isJson = IsJson(path, text);
            var conversion = (isJson ? JsonTextConverter.TryConvert(text, lines, cancellationToken) : null)
                ?? YamlJsonConverter.Convert(text, isJson, lines, diagnostics, cancellationToken);
            map = conversion.SourceMap;
            if (!conversion.Failed && VersionCheck.IsReadable(conversion.Root, conversion.HasRoot, map, diagnostics))
            {
                var root = conversion.Root!;
                FieldTypeChecker.Check(root, map, diagnostics, cancellationToken);
                ReferenceChecker.Check(root, map, diagnostics, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                document = OpenApiModelReader.Read(path, root, map, diagnostics);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // Last line of defence: a bug here must not take the compiler down.
            diagnostics.Report(
                SpecDiagnosticKind.MalformedDocument,
                $"The spec could not be read ({exception.GetType().Name}: {exception.Message}). Please report this together with the spec.",
                string.Empty,
                map.Find(string.Empty));
            document = null;
        }

        return new SpecReadResult(path, document, diagnostics.ToImmutableSorted(), map);
    }

    /// <summary>JSON when the path ends in <c>.json</c> or the text starts (after whitespace and a BOM) with <c>{</c>.</summary>
    internal static bool IsJson(string path, string text)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var c in text)
        {
            if (c == '\uFEFF' || char.IsWhiteSpace(c))
            {
                continue;
            }

            return c == '{';
        }

        return false;
    }
}
