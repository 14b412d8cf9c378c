using GraphQL.Types;
using ProfD.Schema.Filtering.GraphTypes;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionWhereGraphType : InputObjectGraphType<ExhibitionWhere>
{
    public ExhibitionWhereGraphType()
    {
        Name = "ExhibitionWhere";
        Description = "Conditions on exhibitions; all given conditions must hold.";
        Field<EnumFilterGraphType<ExhibitionStatusGraphType, ExhibitionStatus>>("status");
        Field<IdFilterGraphType>("candidate");
        Field<StringGraphType>("theme").Description("Has this theme, exactly as stored (for example \"oracy\").");
        Field<StringGraphType>("language").Description("Is in this language, exactly as stored (for example \"en\").");
        Field<StringGraphType>("search").Description("Text in the title or abstract, ignoring case.");
    }
}
