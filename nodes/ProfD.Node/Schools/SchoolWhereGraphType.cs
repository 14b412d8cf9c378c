using GraphQL.Types;
using ProfD.Schema.Filtering.GraphTypes;

namespace ProfD.Node.Schools;

internal sealed class SchoolWhereGraphType : InputObjectGraphType<SchoolWhere>
{
    public SchoolWhereGraphType()
    {
        Name = "SchoolWhere";
        Description = "Conditions on schools; all given conditions must hold.";
        Field<StringFilterGraphType>("name");
        Field<StringFilterGraphType>("nation").Description("ISO 3166-1 alpha-2 codes.");
        Field<EnumFilterGraphType<EconomyGraphType, Economy>>("economy");
        Field<StringGraphType>("search").Description("Text in the name or city, ignoring case.");
    }
}
