using ProfD.Schema.Paging.GraphTypes;

namespace ProfD.Node.Cohorts;

internal sealed class CohortOrderFieldGraphType() : SortFieldGraphType<Cohort>(CohortSorting.Catalog, "Fields cohorts can be ordered by.");
