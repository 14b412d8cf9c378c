using ProfD.Schema.Paging.GraphTypes;

namespace ProfD.Node.Teachers;

internal sealed class TeacherOrderFieldGraphType() : SortFieldGraphType<Teacher>(TeacherSorting.Catalog, "Fields teachers can be ordered by.");
