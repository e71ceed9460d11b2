using PersonalLinks.Formbricks;

namespace PersonalLinks;

/// <summary>
/// Walks the segment's contact links page by page. Unlike the generated <c>EnumerateContactLinksBySegmentAsync</c>,
/// it hands the first page's <c>meta.total</c> to the caller, so progress can show a total and the time left.
/// </summary>
internal static class LinkPages
{
    /// <summary>The largest page the route serves.</summary>
    public const int PageSize = 250;

    /// <summary>The contact attributes the CSV needs, asked for with <c>attributeKeys</c>.</summary>
    private const string AttributeKeys = "userId,firstName,lastName,email";

    /// <summary>Yields every link; calls <paramref name="onTotal"/> once, after the first page.</summary>
    public static async IAsyncEnumerable<SegmentContactLink> ReadAsync(
        FormbricksClient client,
        string surveyId,
        string segmentId,
        int? expirationDays,
        Action<int> onTotal,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var skip = 0;
        var first = true;
        while (true)
        {
            var page = await client.GetContactLinksBySegmentAsync(surveyId, segmentId, limit: PageSize, skip: skip, expirationDays: expirationDays, attributeKeys: AttributeKeys, cancellationToken: cancellationToken);
            if (first)
            {
                onTotal(page.Meta.Total);
                first = false;
            }

            foreach (var link in page.Data)
            {
                yield return link;
            }

            skip += page.Data.Count;
            if (page.Data.Count < PageSize || skip >= page.Meta.Total)
            {
                yield break;
            }
        }
    }
}
