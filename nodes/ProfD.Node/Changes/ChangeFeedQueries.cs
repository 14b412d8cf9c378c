using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Schema.Errors;

namespace ProfD.Node.Changes;

/// <summary>Reads the change feed a page at a time, by sequence number.</summary>
internal sealed class ChangeFeedQueries(NodeDbContext db)
{
    /// <summary>The page size when the client gives none: 100.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The largest page a client may ask for: 500.</summary>
    public const int MaxPageSize = 500;

    /// <exception cref="BadUserInputException"><paramref name="first"/> is out of range or <paramref name="after"/> is not a cursor.</exception>
    public async Task<ChangeFeedPage> PageAsync(string? after, int? first, CancellationToken cancellationToken)
    {
        var size = first ?? DefaultPageSize;
        if (size is < 1 or > MaxPageSize)
            throw new BadUserInputException($"'first' must be between 1 and {MaxPageSize}; it was {size}.", "first");
        if (string.IsNullOrEmpty(after)) after = null;
        var position = after is null ? 0 : ChangeCursor.Decode(after, "after");

        var rows = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.Sequence > position)
            .OrderBy(c => c.Sequence)
            .Take(size + 1)
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > size;
        if (hasMore) rows.RemoveAt(size);
        return new ChangeFeedPage(rows, rows.Count > 0 ? ChangeCursor.Encode(rows[^1].Sequence) : after, hasMore);
    }
}
