using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Formbricks.Contracts.Drift;
using Formbricks.Contracts.OpenApi;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// The drift engine on a large document (../shared/benchmark-specs/box-platform.openapi.json, 1.76 MB, 294 operations)
/// against a revision made by a few programmatic edits (an operation removed, a parameter made required, a maxLength
/// lowered, a response property removed, an enum value added). Target: diffing costs at most 1.5x reading both
/// documents with the shared reader, and allocates at most 3x the documents' size in text.
/// </summary>
[MemoryDiagnoser]
public class DriftBenchmarks
{
    private string _baseText = string.Empty;
    private string _revisionText = string.Empty;
    private SpecReadResult _base = null!;
    private SpecReadResult _revision = null!;

    /// <summary>Both documents' text size in UTF-16 characters (for the memory target).</summary>
    public int TextLength => _baseText.Length + _revisionText.Length;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "benchmark-specs", "box-platform.openapi.json"));
        _baseText = File.ReadAllText(path);
        _revisionText = Revise(_baseText);
        _base = SpecReader.Read("base.json", _baseText);
        _revision = SpecReader.Read("revision.json", _revisionText);
        var findings = DriftEngine.Diff(_base, _revision);
        if (findings.Count < 4)
        {
            throw new InvalidOperationException($"the revision should give at least 4 findings, gave {findings.Count}");
        }

        Console.WriteLine($"// drift: {findings.Count} findings; text {TextLength} chars");
    }

    [Benchmark(Baseline = true, Description = "read both documents")]
    public int ReadBoth() => (SpecReader.Read("base.json", _baseText).SourceMap.Count + SpecReader.Read("revision.json", _revisionText).SourceMap.Count);

    [Benchmark(Description = "diff (documents already read)")]
    public int Diff() => DriftEngine.Diff(_base, _revision).Count;

    [Benchmark(Description = "read both and diff")]
    public int ReadAndDiff() => DriftEngine.Diff(SpecReader.Read("base.json", _baseText), SpecReader.Read("revision.json", _revisionText)).Count;

    /// <summary>A few edits of the kinds the rules look for, each at a different operation.</summary>
    internal static string Revise(string text)
    {
        var root = JsonNode.Parse(text)!.AsObject();
        var paths = root["paths"]!.AsObject();
        var edited = 0;
        foreach (var path in paths.ToList())
        {
            foreach (var operation in path.Value!.AsObject().ToList())
            {
                if (operation.Value is not JsonObject op || operation.Key == "parameters")
                {
                    continue;
                }

                if (edited == 0)
                {
                    path.Value!.AsObject().Remove(operation.Key);
                    edited++;
                    break;
                }

                if (edited == 1 && op["parameters"] is JsonArray parameters && parameters.OfType<JsonObject>().FirstOrDefault(p => p["in"]?.GetValue<string>() == "query") is { } query)
                {
                    query["required"] = true;
                    edited++;
                }
                else if (edited == 2 && op["parameters"] is JsonArray more && more.OfType<JsonObject>().FirstOrDefault(p => p["schema"] is JsonObject s && s["type"]?.GetValue<string>() == "string") is { } stringParameter)
                {
                    stringParameter["schema"]!["maxLength"] = 3;
                    edited++;
                }
                else if (edited == 3 && op["responses"]?["200"] is JsonObject ok)
                {
                    ok["description"] = "changed words only";
                    ok.Remove("content");
                    edited++;
                }
            }
        }

        var schemas = root["components"]!["schemas"]!.AsObject();
        foreach (var schema in schemas)
        {
            if (schema.Value?["properties"] is JsonObject properties && properties.Count > 3)
            {
                properties.Remove(properties.Last().Key);
                break;
            }
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
