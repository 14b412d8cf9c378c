using ProfD.Schema.Paging.GraphTypes;

namespace ProfD.Trust.Registry;

internal sealed class InstitutionOrderFieldGraphType() : SortFieldGraphType<Institution>(InstitutionSorting.Catalog, "Fields registered institutions can be ordered by.");
