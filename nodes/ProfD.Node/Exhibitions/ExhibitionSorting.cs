using ProfD.Schema.Paging;

namespace ProfD.Node.Exhibitions;

internal static class ExhibitionSorting
{
    public static readonly SortCatalog<Exhibition> Catalog = new(
        e => e.Id,
        [OrderBy.Desc("UPDATED_AT")],
        SortField<Exhibition>.Create("TITLE", e => e.Title),
        SortField<Exhibition>.Create("CREATED_AT", e => e.CreatedAt),
        SortField<Exhibition>.Create("UPDATED_AT", e => e.UpdatedAt));
}
