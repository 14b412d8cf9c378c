using ProfD.Schema.Paging;
using ProfD.Schema.Paging.GraphTypes;

namespace ProfD.Trust.Library;

/// <summary>RELEVANCE orders by the search's score (highest first by default), PUBLISHED_AT by publication; ties by id.</summary>
internal static class LibrarySorting
{
    public static readonly SortCatalog<LibraryHit> Catalog = new(
        h => h.Id,
        [OrderBy.Desc("PUBLISHED_AT")],
        SortField<LibraryHit>.Create("RELEVANCE", h => h.Score),
        SortField<LibraryHit>.Create("PUBLISHED_AT", h => h.PublishedAt));

    /// <summary>The order when the client gives none: by relevance with a search, newest first without.</summary>
    public static IReadOnlyList<OrderBy> DefaultFor(bool searching) =>
        searching ? [OrderBy.Desc("RELEVANCE")] : [OrderBy.Desc("PUBLISHED_AT")];
}

internal sealed class LibraryOrderFieldGraphType() : SortFieldGraphType<LibraryHit>(LibrarySorting.Catalog,
    "Orders of the library: RELEVANCE (to the search; use DESC for best first) or PUBLISHED_AT.");
