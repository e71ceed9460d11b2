using System.Text;

namespace Formbricks.Contracts.Drift.Tests.Real;

/// <summary>
/// Issue 9's memory target: diffing the large benchmark document against its revision allocates at most 3x the two
/// documents' size as UTF-8 text (the files' size), measured on this thread around a second diff of the same two read
/// documents (the first one JIT-compiles and fills static caches).
/// </summary>
public sealed class LargeDocumentMemoryTests
{
    [Fact]
    public void Diffing_the_large_document_allocates_at_most_three_times_its_text()
    {
        if (!File.Exists(LargeDocumentRevision.DocumentPath))
        {
            Assert.Skip($"The benchmark document is not beside this clone ({LargeDocumentRevision.DocumentPath}).");
        }

        var text = File.ReadAllText(LargeDocumentRevision.DocumentPath);
        var revisionText = LargeDocumentRevision.Revise(text);
        var @base = DriftRunner.Read("base.json", text);
        var revision = DriftRunner.Read("revision.json", revisionText);
        var first = DriftEngine.Diff(@base, revision).Count;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var findings = DriftEngine.Diff(@base, revision);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var budget = 3L * (Encoding.UTF8.GetByteCount(text) + Encoding.UTF8.GetByteCount(revisionText));
        TestContext.Current.TestOutputHelper?.WriteLine($"{findings.Count} findings; allocated {allocated:N0} bytes; budget {budget:N0} bytes ({(double)allocated / (budget / 3):F2}x the UTF-8 text)");
        Assert.Equal(first, findings.Count);
        Assert.True(allocated <= budget, $"the diff allocated {allocated:N0} bytes, more than 3x the documents' UTF-8 text ({budget:N0} bytes)");
    }
}
