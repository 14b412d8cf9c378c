using ProfD.Schema.Paging.GraphTypes;

namespace ProfD.Node.Research;

internal sealed class ResearchProjectOrderFieldGraphType()
    : SortFieldGraphType<ResearchProject>(ResearchProjectSorting.Catalog, "Fields research projects can be ordered by.");
