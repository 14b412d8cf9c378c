using ProfD.Schema.Paging.GraphTypes;

namespace ProfD.Node.Schools;

internal sealed class SchoolOrderFieldGraphType() : SortFieldGraphType<School>(SchoolSorting.Catalog, "Fields schools can be ordered by.");
