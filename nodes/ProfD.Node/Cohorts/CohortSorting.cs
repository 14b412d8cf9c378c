using ProfD.Schema.Paging;

namespace ProfD.Node.Cohorts;

internal static class CohortSorting
{
    public static readonly SortCatalog<Cohort> Catalog = new(
        c => c.Id,
        [OrderBy.Desc("INTAKE_YEAR"), OrderBy.Asc("NAME")],
        SortField<Cohort>.Create("INTAKE_YEAR", c => c.IntakeYear),
        SortField<Cohort>.Create("NAME", c => c.Name),
        SortField<Cohort>.Create("CREATED_AT", c => c.CreatedAt));
}
