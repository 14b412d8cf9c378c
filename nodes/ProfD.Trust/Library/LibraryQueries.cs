using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;
using ProfD.Schema.Paging;
using ProfD.Trust.Data;

namespace ProfD.Trust.Library;

/// <summary>
/// Searches the library: full text on the engine's own index, filters on facet tags, keyset paging in relevance or
/// date order (ties by id, so walking every page sees every hit once), and facet counts over all the hits.
/// </summary>
internal sealed class LibraryQueries(TrustDbContext db)
{
    public async Task<LibraryPage> SearchAsync(string? search, LibraryWhere? where, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct)
    {
        var words = LibraryFullText.Words(search);
        var exhibitions = Filter(db.Set<LibraryExhibition>().AsNoTracking(), where);
        IQueryable<LibraryHit> hits = words.Count == 0
            ? exhibitions.Select(e => new LibraryHit { Id = e.Id, PublishedAt = e.PublishedAt, Score = 0.0, Exhibition = e })
            : exhibitions.Join(LibraryFullText.Matches(db, words), e => e.Id, m => m.Id,
                (e, m) => new LibraryHit { Id = e.Id, PublishedAt = e.PublishedAt, Score = m.Score, Exhibition = e });

        var ordering = LibrarySorting.Catalog.Resolve(orderBy is { Count: > 0 } ? orderBy : LibrarySorting.DefaultFor(words.Count > 0));
        var connection = await hits.ToConnectionAsync(ordering, page, ct);
        return new LibraryPage(connection, token => FacetsAsync(hits, token));
    }

    private async Task<LibraryFacets> FacetsAsync(IQueryable<LibraryHit> hits, CancellationToken ct)
    {
        // One statement: every facet's values and counts over all the hits (each tag row is one exhibition's value).
        var ids = hits.Select(h => h.Id);
        var counts = await db.Set<LibraryTag>().AsNoTracking()
            .Where(t => ids.Contains(t.ExhibitionId))
            .GroupBy(t => new { t.Facet, t.Value })
            .Select(g => new { g.Key.Facet, g.Key.Value, Count = g.Count() })
            .ToListAsync(ct);
        return new LibraryFacets(counts
            .GroupBy(c => c.Facet)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FacetValue>)g
                .Select(c => new FacetValue(c.Value, c.Count))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                .ToList()));
    }

    private IQueryable<LibraryExhibition> Filter(IQueryable<LibraryExhibition> query, LibraryWhere? where)
    {
        if (where is null) return query;
        query = Tagged(query, LibraryFacet.Nation, where.Nation?.Trim().ToUpperInvariant());
        query = Tagged(query, LibraryFacet.Institution, where.Institution?.Trim());
        query = Tagged(query, LibraryFacet.Theme, where.Theme?.Trim());
        query = Tagged(query, LibraryFacet.Year, where.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        query = Tagged(query, LibraryFacet.MediaKind, where.MediaKind?.Trim().ToUpperInvariant());
        query = Tagged(query, LibraryFacet.Language, where.Language?.Trim());
        if (where.Provocation is not null)
            query = Tagged(query, LibraryFacet.Provocation, GlobalId.Parse(where.Provocation, "where.provocation", "Provocation").ToString());
        return query;
    }

    private IQueryable<LibraryExhibition> Tagged(IQueryable<LibraryExhibition> query, string facet, string? value)
    {
        if (string.IsNullOrEmpty(value)) return query;
        if (value.Length > 140) throw new BadUserInputException($"The {facet.ToLowerInvariant()} filter is too long.", "where");
        var tags = db.Set<LibraryTag>();
        return query.Where(e => tags.Any(t => t.ExhibitionId == e.Id && t.Facet == facet && t.Value == value));
    }
}

/// <summary>One page of library hits, and the facets over all the hits (counted only when asked for).</summary>
internal sealed class LibraryPage(Connection<LibraryHit> connection, Func<CancellationToken, Task<LibraryFacets>> facets)
{
    private Task<LibraryFacets>? counted;

    public Connection<LibraryHit> Connection { get; } = connection;

    public Task<LibraryFacets> FacetsAsync(CancellationToken ct) => counted ??= facets(ct);
}

/// <summary>The values of each facet over all hits, most frequent first.</summary>
internal sealed class LibraryFacets(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> byFacet)
{
    public IReadOnlyList<FacetValue> Of(string facet) => byFacet.GetValueOrDefault(facet) ?? [];
}

internal sealed record FacetValue(string Value, int Count);
