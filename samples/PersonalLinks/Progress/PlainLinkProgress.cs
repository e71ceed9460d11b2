using System.Globalization;

namespace PersonalLinks.Progress;

/// <summary>
/// Progress as plain lines, for logs and CI: one line each time another tenth of the total is written or five seconds
/// passed, and one at the end. "  2,500/10,000 links (25%), 3,120 links/s, about 2 s left".
/// </summary>
internal sealed class PlainLinkProgress(TextWriter log, TimeProvider time) : ILinkProgress
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly long _started = time.GetTimestamp();
    private long _lastLineAt = time.GetTimestamp();
    private int _lastLineCount;
    private int? _total;

    public void SetTotal(int total)
    {
        _total = total;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The segment holds {total:N0} contacts."));
    }

    public void SetWritten(int written)
    {
        var now = time.GetTimestamp();
        var step = Math.Max(1, (_total ?? 0) / 10);
        var done = _total is { } total && written >= total;
        if (written == _lastLineCount && _lastLineCount > 0)
        {
            return;
        }

        if (!done && written - _lastLineCount < step && time.GetElapsedTime(_lastLineAt, now) < Interval)
        {
            return;
        }

        _lastLineAt = now;
        _lastLineCount = written;
        log.WriteLine(Describe(written, time.GetElapsedTime(_started, now)));
    }

    private string Describe(int written, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? written / elapsed.TotalSeconds : 0;
        if (_total is not { } total || total == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"  {written:N0} links, {rate:N0} links/s");
        }

        var left = rate > 0 ? TimeSpan.FromSeconds((total - written) / rate) : TimeSpan.Zero;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"  {written:N0}/{total:N0} links ({100.0 * written / total:N0}%), {rate:N0} links/s, about {Math.Ceiling(left.TotalSeconds):N0} s left");
    }
}
