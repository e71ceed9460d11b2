using BenchmarkDotNet.Attributes;
using Formbricks.Contracts.Drift;
using Formbricks.Contracts.OpenApi;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// The drift engine on a large document (../shared/benchmark-specs/box-platform.openapi.json, 1.76 MB, 294 operations)
/// against the revision of <see cref="LargeDocumentRevision"/> (the drift tests' too): edits in components that many
/// operations use (an enum value added, a property removed, one made nullable, a type changed, a oneOf branch removed,
/// a required property added) and at single operations (one removed, a parameter made required, a maxLength added).
/// Target: diffing costs at most 1.5x reading both documents with the shared reader, and allocates at most 3x the
/// documents' size in text (as UTF-8 files: the drift tests' <c>LargeDocumentMemoryTests</c> holds the diff to it).
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

    /// <summary>Both documents' size as UTF-8 files, in bytes.</summary>
    public int Utf8Length => System.Text.Encoding.UTF8.GetByteCount(_baseText) + System.Text.Encoding.UTF8.GetByteCount(_revisionText);

    [GlobalSetup]
    public void Setup()
    {
        _baseText = File.ReadAllText(LargeDocumentRevision.DocumentPath);
        _revisionText = LargeDocumentRevision.Revise(_baseText);
        _base = SpecReader.Read("base.json", _baseText);
        _revision = SpecReader.Read("revision.json", _revisionText);
        var findings = DriftEngine.Diff(_base, _revision);
        if (findings.Count < 4)
        {
            throw new InvalidOperationException($"the revision should give at least 4 findings, gave {findings.Count}");
        }

        Console.WriteLine($"// drift: {findings.Count} findings; text {TextLength} chars, {Utf8Length} bytes of UTF-8");
    }

    [Benchmark(Baseline = true, Description = "read both documents")]
    public int ReadBoth() => (SpecReader.Read("base.json", _baseText).SourceMap.Count + SpecReader.Read("revision.json", _revisionText).SourceMap.Count);

    [Benchmark(Description = "diff (documents already read)")]
    public int Diff() => DriftEngine.Diff(_base, _revision).Count;

    [Benchmark(Description = "read both and diff")]
    public int ReadAndDiff() => DriftEngine.Diff(SpecReader.Read("base.json", _baseText), SpecReader.Read("revision.json", _revisionText)).Count;
}
