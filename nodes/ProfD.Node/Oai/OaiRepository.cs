using Microsoft.EntityFrameworkCore;
using ProfD.Node.Changes;
using ProfD.Node.Data;

namespace ProfD.Node.Oai;

/// <summary>
/// The repository's items, read from the change feed: every exhibition that was ever published is an item, public if
/// its latest change is an UPSERT and a deleted record (kept for ever) if it is a DELETE. Its datestamp is that
/// change's time and lists run in change order, so resumption is by sequence number.
/// </summary>
internal sealed class OaiRepository(NodeDbContext db)
{
    /// <summary>The oldest datestamp of any item, or null when there is none.</summary>
    public Task<DateTime?> EarliestDatestampAsync(CancellationToken cancellationToken) =>
        Latest().Select(c => (DateTime?)c.ChangedAt).MinAsync(cancellationToken);

    /// <summary>How many items <paramref name="filter"/> selects.</summary>
    public Task<int> CountAsync(OaiFilter filter, CancellationToken cancellationToken) =>
        Filtered(filter).CountAsync(cancellationToken);

    /// <summary>Up to <paramref name="count"/> items after change <paramref name="after"/>, in change order.</summary>
    public Task<List<OaiHeader>> HeadersAsync(OaiFilter filter, long after, int count, CancellationToken cancellationToken) =>
        Filtered(filter)
            .Where(c => c.Sequence > after)
            .OrderBy(c => c.Sequence)
            .Take(count)
            .Select(c => new OaiHeader(c.Sequence, c.EntityKey, c.Operation == ChangeOperation.Delete, c.ChangedAt))
            .ToListAsync(cancellationToken);

    /// <summary>The item whose exhibition has local key <paramref name="key"/>, or null if it was never published.</summary>
    public Task<OaiHeader?> HeaderAsync(string key, CancellationToken cancellationToken) =>
        Latest()
            .Where(c => c.EntityKey == key)
            .Select(c => new OaiHeader(c.Sequence, c.EntityKey, c.Operation == ChangeOperation.Delete, c.ChangedAt))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The exhibitions with <paramref name="keys"/>, with their authors' names, in one statement.</summary>
    public async Task<Dictionary<string, OaiExhibition>> ExhibitionsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0) return [];
        var list = keys.ToList();
        var rows = await (
                from e in db.Exhibitions.AsNoTracking()
                where list.Contains(e.Id)
                join c in db.Candidates on e.CandidateId equals c.Id
                join t in db.Teachers on c.TeacherId equals t.Id
                select new OaiExhibition(e.Id, e.Title, e.Abstract, e.Themes, e.Languages, e.Licence, e.PublishedAt, t.GivenName, t.FamilyName))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
    }

    /// <summary>Every theme of an item, for ListSets and for resolving a setSpec.</summary>
    public async Task<IReadOnlyList<string>> ThemesAsync(CancellationToken cancellationToken)
    {
        var items = Latest().Select(c => c.EntityKey);
        var lists = await db.Exhibitions.AsNoTracking().Where(e => items.Contains(e.Id)).Select(e => e.Themes).ToListAsync(cancellationToken);
        return [.. lists.SelectMany(t => t).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    // The latest change of each exhibition that has any.
    private IQueryable<ChangeRecord> Latest() =>
        db.ChangeRecords.AsNoTracking().Where(c => c.EntityType == ChangeEntityType.Exhibition
            && !db.ChangeRecords.Any(d => d.EntityType == ChangeEntityType.Exhibition && d.EntityKey == c.EntityKey && d.Sequence > c.Sequence));

    private IQueryable<ChangeRecord> Filtered(OaiFilter filter)
    {
        var query = Latest();
        if (filter.From is { } from) query = query.Where(c => c.ChangedAt >= from);
        if (filter.Before is { } before) query = query.Where(c => c.ChangedAt < before);
        if (filter.Themes is { } themes)
        {
            var list = themes.ToList();
            query = query.Where(c => db.Exhibitions.Any(e => e.Id == c.EntityKey && e.Themes.Any(t => list.Contains(t))));
        }
        return query;
    }
}
