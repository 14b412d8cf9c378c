using ProfD.Schema.Paging;

namespace ProfD.Node.Teachers;

internal static class TeacherSorting
{
    public static readonly SortCatalog<Teacher> Catalog = new(
        t => t.Id,
        [OrderBy.Asc("FAMILY_NAME"), OrderBy.Asc("GIVEN_NAME")],
        SortField<Teacher>.Create("FAMILY_NAME", t => t.FamilyName),
        SortField<Teacher>.Create("GIVEN_NAME", t => t.GivenName),
        SortField<Teacher>.Create("CREATED_AT", t => t.CreatedAt));
}
