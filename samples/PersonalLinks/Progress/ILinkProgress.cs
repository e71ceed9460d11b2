namespace PersonalLinks.Progress;

/// <summary>What the export tells the progress display.</summary>
internal interface ILinkProgress
{
    /// <summary>The number of links the segment holds (<c>meta.total</c> of the first page).</summary>
    void SetTotal(int total);

    /// <summary>The number of links written so far.</summary>
    void SetWritten(int written);
}
