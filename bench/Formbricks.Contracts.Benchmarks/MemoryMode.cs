using System.Diagnostics;
using System.Globalization;
using Formbricks.Contracts.Benchmarks.Api;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// <c>-- memory [sizes…]</c> (default 10000 100000): is the memory of a segment walk flat in the segment size?
/// Each size runs in a fresh child process (so Process.PeakWorkingSet64 starts clean), which
/// <list type="number">
/// <item>measures the managed heap (GC.GetTotalMemory(true)) before and after starting the in-memory fake seeded with
/// that many contacts — the fake's own state, measured separately;</item>
/// <item>walks the segment five times with EnumerateContactLinksBySegmentAsync(limit: 250), sampling the heap at every
/// page: twice as the program sees it, three times live only (a full GC per page) with the journal kept, cleared per
/// page, and bounded by Journal.Capacity; the peaks are reported above the post-start baseline;</item>
/// <item>reports what stays on the heap after each walk (after a full GC), the bytes allocated per walk, and the growth
/// of the process's peak working set during the walks.</item>
/// </list>
/// The fake server runs in the same process, so every figure includes its side of each request too.
/// </summary>
internal static class MemoryMode
{
    public const string ChildVerb = "memory-child";
    private const int Walks = 5;
    private const int BoundedJournal = 4;

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000];
        Console.WriteLine($"Segment walk memory, limit {SegmentWalkBenchmarks.PageSize}, in-memory fake, one child process per size ({Environment.ProcessorCount} cores, .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC)");
        Console.WriteLine();
        Console.WriteLine("| Segment | Walk | Fake state after start (heap) | Peak heap above baseline, sampled per page | Peak post-GC heap above baseline | Retained after walk, journal kept | Retained after walk, journal cleared | Allocated per walk | Peak working set growth | Gen0/1/2 GCs | Time |");
        Console.WriteLine("|--------:|-----:|------------------------------:|-------------------------------------------:|---------------------------------:|------------------------------:|------------------------------:|-------------------:|------------------------:|-------------:|-----:|");
        foreach (var size in sizes)
        {
            var info = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            {
                info.ArgumentList.Add(typeof(MemoryMode).Assembly.Location);
            }

            info.ArgumentList.Add(ChildVerb);
            info.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
            using var child = Process.Start(info)!;
            var output = await child.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
            await child.WaitForExitAsync().ConfigureAwait(false);
            Console.Write(output);
            if (child.ExitCode != 0)
            {
                Console.Error.WriteLine($"child for {size} failed with {child.ExitCode}");
                return child.ExitCode;
            }
        }

        Console.WriteLine();
        Console.WriteLine("Baseline = GC.GetTotalMemory(true) after the fake has started and one 250-contact page has been fetched (JIT warm), taken again before each walk.");
        Console.WriteLine("Walks 1-2: GC.GetTotalMemory(false) and GC.GetGCMemoryInfo().HeapSizeBytes sampled at the first item of every page (live data + garbage not yet collected).");
        Console.WriteLine("Walks 3-4: GC.GetTotalMemory(true) at the first item of every page (live data only; slower because of the forced GCs); walk 4 also clears the fake's request journal at every page; walk 5 instead bounds it with Journal.Capacity = 4.");
        Console.WriteLine("Peak working set growth: Process.PeakWorkingSet64 (VmHWM) during the walk. Retained: GC.GetTotalMemory(true) after the walk and a journal clear, minus the baseline.");
        return 0;
    }

    public static async Task<int> RunChildAsync(string[] args)
    {
        var size = int.Parse(args[0], CultureInfo.InvariantCulture);
        using var self = Process.GetCurrentProcess();

        var heapBeforeStart = GC.GetTotalMemory(forceFullCollection: true);
        await using var server = await FakeFormbricksServer.StartAsync(SegmentWalkBenchmarks.Options(size)).ConfigureAwait(false);
        using var http = server.CreateClient(null);
        var client = new FormbricksClient(http, new FormbricksClientOptions { ApiKey = server.ApiKey });
        var survey = server.Seeded.LinkSurveyId;
        var segment = server.Seeded.SegmentsBySize[size];
        var warm = await client.GetContactLinksBySegmentAsync(survey, segment, limit: SegmentWalkBenchmarks.PageSize).ConfigureAwait(false);
        if (warm.Meta.Total != size)
        {
            throw new InvalidOperationException($"segment total {warm.Meta.Total}, expected {size}");
        }

        server.Journal.Clear();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var fakeState = baseline - heapBeforeStart;

        for (var walk = 1; walk <= Walks; walk++)
        {
            server.Journal.Clear();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var walkBaseline = GC.GetTotalMemory(forceFullCollection: true);
            self.Refresh();
            var peakWorkingSetBefore = self.PeakWorkingSet64;
            // Walks 1 and 2 sample the heap as the program sees it (live data + garbage not yet collected, e.g. the
            // page bodies on the large-object heap, which only a gen2 GC frees). Walk 3 forces a full GC at every page:
            // its peak is the live data alone, the figure that tells whether the walk streams.
            // Walk 4 also clears the fake's journal at every page: the journal keeps every request and response body
            // (about 0.25 MB per 250-link page), which is the fake server's state growing with the walk, not the client's.
            // Walk 5 leaves the journal alone but bounds it (FakeJournal.Capacity): what a test would do instead of clearing.
            var live = walk >= 3;
            var clearJournal = walk == 4;
            var bounded = walk == 5;
            server.Journal.Capacity = bounded ? BoundedJournal : null;
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            long peakSampled = 0, peakPostGc = 0;
            var count = 0;
            var clock = Stopwatch.StartNew();
            await foreach (var link in client.EnumerateContactLinksBySegmentAsync(survey, segment, limit: SegmentWalkBenchmarks.PageSize).ConfigureAwait(false))
            {
                if (link.ContactId.Length > 0 && ++count % SegmentWalkBenchmarks.PageSize == 1)
                {
                    // First item of each page: the page just read is fully materialised.
                    if (clearJournal)
                    {
                        server.Journal.Clear();
                    }

                    peakSampled = Math.Max(peakSampled, GC.GetTotalMemory(forceFullCollection: live));
                    peakPostGc = Math.Max(peakPostGc, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
                }
            }

            clock.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var gcsAfter = (GC.CollectionCount(0) - gcs.Item1, GC.CollectionCount(1) - gcs.Item2, GC.CollectionCount(2) - gcs.Item3);
            self.Refresh();
            var peakWorkingSetGrowth = self.PeakWorkingSet64 - peakWorkingSetBefore;
            var journalEntries = server.Journal.Count;
            var retainedWithJournal = GC.GetTotalMemory(forceFullCollection: true) - walkBaseline;
            server.Journal.Clear();
            var retained = GC.GetTotalMemory(forceFullCollection: true) - walkBaseline;
            if (count != size)
            {
                throw new InvalidOperationException($"walked {count}, expected {size}");
            }

            Console.WriteLine(
                $"| {size:N0} | {walk}{(bounded ? $" (live, journal capacity {BoundedJournal})" : clearJournal ? " (live, journal cleared per page)" : live ? " (live, full GC per page)" : "")} | {Mb(fakeState)} | {Mb(peakSampled - walkBaseline)} | {Mb(Math.Max(0, peakPostGc - walkBaseline))} | {Mb(retainedWithJournal)} ({journalEntries} entries) | {Mb(retained)} | {Mb(allocated)} | {Mb(peakWorkingSetGrowth)} | {gcsAfter.Item1}/{gcsAfter.Item2}/{gcsAfter.Item3} | {clock.Elapsed.TotalMilliseconds:N0} ms |");
        }

        return 0;
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N2", CultureInfo.InvariantCulture) + " MB";
}
