using ProfD.Schema.Paging;

namespace ProfD.Trust.Registry;

internal static class InstitutionSorting
{
    public static readonly SortCatalog<Institution> Catalog = new(
        i => i.Code,
        [OrderBy.Asc("CODE")],
        SortField<Institution>.Create("CODE", i => i.Code),
        SortField<Institution>.Create("NAME", i => i.Name),
        SortField<Institution>.Create("NATION", i => i.Nation),
        SortField<Institution>.Create("JOINED_AT", i => i.JoinedAt));
}
