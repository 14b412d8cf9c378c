using ProfD.Schema.Paging;

namespace ProfD.Node.Research;

internal static class ResearchProjectSorting
{
    public static readonly SortCatalog<ResearchProject> Catalog = new(
        p => p.Id,
        [OrderBy.Desc("UPDATED_AT")],
        SortField<ResearchProject>.Create("TITLE", p => p.Title),
        SortField<ResearchProject>.Create("CREATED_AT", p => p.CreatedAt),
        SortField<ResearchProject>.Create("UPDATED_AT", p => p.UpdatedAt));
}
