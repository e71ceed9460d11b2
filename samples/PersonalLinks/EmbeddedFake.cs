using System.Globalization;
using Formbricks.Contracts.Fakes;

namespace PersonalLinks;

/// <summary>
/// The fake Formbricks server the tool uses without <c>--base-url</c>: served over HTTP on a loopback port, so the links
/// it writes can be opened in a browser while the tool runs (and after the export with <c>--keep-serving</c>).
/// </summary>
internal static class EmbeddedFake
{
    /// <summary>The fake's own segment sizes when <c>--segment-sizes</c> is not given.</summary>
    public static readonly IReadOnlyList<int> DefaultSegmentSizes = new FakeFormbricksOptions().SegmentSizes.ToArray();

    /// <summary>Starts the fake and says where it is.</summary>
    public static async Task<FakeFormbricksServer> StartAsync(IReadOnlyList<int>? segmentSizes, TextWriter log, CancellationToken cancellationToken)
    {
        var sizes = segmentSizes ?? DefaultSegmentSizes;
        var fake = await FakeFormbricksServer.StartAsync(
            // No journal: nothing reads it here, and a 100,000-contact export would keep 54 MB of page bodies in it.
            new FakeFormbricksOptions { Hosting = FakeHosting.Http, SegmentSizes = [.. sizes], JournalCapacity = 0 },
            cancellationToken);
        var list = string.Join(", ", sizes.Distinct().Order().Select(size => size.ToString("N0", CultureInfo.InvariantCulture)));
        log.WriteLine($"No --base-url: using the embedded fake Formbricks server at {fake.Url} (seed {fake.Options.Seed}; segments of {list} contacts).");
        return fake;
    }

    /// <summary>The segment the tool exports by default: the largest one.</summary>
    public static string LargestSegment(FakeFormbricksServer fake) =>
        fake.Seeded.SegmentsBySize.OrderBy(s => s.Key).Last().Value;
}
