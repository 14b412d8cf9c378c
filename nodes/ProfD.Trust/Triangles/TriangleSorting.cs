using ProfD.Schema.Paging;
using ProfD.Schema.Paging.GraphTypes;

namespace ProfD.Trust.Triangles;

internal static class TriangleSorting
{
    public static readonly SortCatalog<Triangle> Catalog = new(
        t => t.Id,
        [OrderBy.Asc("NAME")],
        SortField<Triangle>.Create("NAME", t => t.Name),
        SortField<Triangle>.Create("FORMED_AT", t => t.FormedAt));
}

internal sealed class TriangleOrderFieldGraphType() : SortFieldGraphType<Triangle>(TriangleSorting.Catalog, "Fields triangles can be ordered by.");
