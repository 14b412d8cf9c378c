using Microsoft.EntityFrameworkCore;

namespace ProfD.Schema.Paging;

/// <summary>Pages an EF Core query by keyset: no OFFSET, so deep pages cost the same as the first.</summary>
public static class KeysetPager
{
    /// <summary>
    /// Reads one page of <paramref name="query"/> (already filtered) in <paramref name="ordering"/>: one SQL statement
    /// for the rows, and one more for the count only if the client asks for it.
    /// </summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> query,
        Ordering<T> ordering,
        PageRequest page,
        CancellationToken cancellationToken = default)
    {
        var filtered = query;
        var window = page.After is null ? filtered : ordering.After(filtered, page.After);
        var rows = page.First == 0
            ? []
            : await ordering.Apply(window).Take(page.First + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var hasNext = rows.Count > page.First;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        var edges = rows.Select(r => new Edge<T>(r, ordering.CursorOf(r))).ToList();
        var info = new PageInfo(hasNext, page.After is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, info, ct => filtered.CountAsync(ct));
    }
}
