using ProfD.Schema.Paging;

namespace ProfD.Node.Schools;

internal static class SchoolSorting
{
    public static readonly SortCatalog<School> Catalog = new(
        s => s.Id,
        [OrderBy.Asc("NAME")],
        SortField<School>.Create("NAME", s => s.Name),
        SortField<School>.Create("NATION", s => s.Nation),
        SortField<School>.Create("CREATED_AT", s => s.CreatedAt));
}
