using ProfD.Schema.Paging.GraphTypes;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionOrderFieldGraphType() : SortFieldGraphType<Exhibition>(ExhibitionSorting.Catalog, "Fields exhibitions can be ordered by.");
