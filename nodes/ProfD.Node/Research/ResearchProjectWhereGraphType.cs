using GraphQL.Types;
using ProfD.Schema.Filtering.GraphTypes;

namespace ProfD.Node.Research;

internal sealed class ResearchProjectWhereGraphType : InputObjectGraphType<ResearchProjectWhere>
{
    public ResearchProjectWhereGraphType()
    {
        Name = "ResearchProjectWhere";
        Description = "Conditions on research projects; all given conditions must hold.";
        Field<EnumFilterGraphType<ProjectStatusGraphType, ProjectStatus>>("status");
        Field<IdFilterGraphType>("candidate");
        Field<StringGraphType>("theme").Description("Has this theme, exactly as stored (for example \"oracy\").");
        Field<StringGraphType>("search").Description("Text in the title or research question, ignoring case.");
    }
}
