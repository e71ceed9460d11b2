using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary>
/// <c>ZGetFilter</c> beyond pagination (behaviour §4.2): <c>sortBy</c> <c>createdAt|updatedAt</c> (default
/// <c>createdAt</c>), <c>order</c> <c>asc|desc</c> (default <c>desc</c>), <c>startDate</c>/<c>endDate</c>
/// (<c>z.coerce.date()</c>, inclusive) on <c>filterDateField</c> <c>createdAt|updatedAt</c> (default <c>createdAt</c>).
/// </summary>
internal sealed record ListFilter(bool SortByUpdatedAt, bool Ascending, DateTimeOffset? Start, DateTimeOffset? End, bool FilterByUpdatedAt)
{
    private static readonly string[] DateFields = ["createdAt", "updatedAt"];
    private static readonly string[] Orders = ["asc", "desc"];

    /// <summary>Whether this is the default: newest <c>createdAt</c> first, no date range.</summary>
    public bool IsDefault => !SortByUpdatedAt && !Ascending && Start is null && End is null;

    /// <summary>Reads the filter from the query, adding zod issues in the schema's key order; invalid parts take their defaults.</summary>
    public static ListFilter From(RequestContext context, Zod zod)
    {
        var sortBy = zod.EnumValue("sortBy", context.Query("sortBy"), DateFields);
        var order = zod.EnumValue("order", context.Query("order"), Orders);
        var start = zod.CoerceDate("startDate", context.Query("startDate"));
        var end = zod.CoerceDate("endDate", context.Query("endDate"));
        var field = zod.EnumValue("filterDateField", context.Query("filterDateField"), DateFields);
        return new ListFilter(sortBy == "updatedAt", order == "asc", start, end, field == "updatedAt");
    }

    /// <summary>The items in range, ordered by the sort field (insertion order breaks ties, in the same direction).</summary>
    public IEnumerable<T> Apply<T>(IEnumerable<T> items)
        where T : FakeEntity
    {
        var inRange = items.Where(e =>
        {
            var date = FilterByUpdatedAt ? e.UpdatedAt : e.CreatedAt;
            return (Start is not { } start || date >= start) && (End is not { } end || date <= end);
        });
        Func<T, DateTimeOffset> key = SortByUpdatedAt ? e => e.UpdatedAt : e => e.CreatedAt;
        return Ascending
            ? inRange.OrderBy(key).ThenBy(e => e.Sequence)
            : inRange.OrderByDescending(key).ThenByDescending(e => e.Sequence);
    }
}
