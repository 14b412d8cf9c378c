using GraphQL.Types;
using ProfD.Schema.Filtering.GraphTypes;

namespace ProfD.Trust.Registry;

internal sealed class InstitutionWhereGraphType : InputObjectGraphType<InstitutionWhere>
{
    public InstitutionWhereGraphType()
    {
        Name = "InstitutionWhere";
        Description = "Conditions on registered institutions; all given conditions must hold.";
        Field<EnumFilterGraphType<InstitutionStatusGraphType, InstitutionStatus>>("status");
        Field<StringFilterGraphType>("nation").Description("ISO 3166-1 alpha-2 codes.");
        Field<StringGraphType>("search").Description("Text in the code or name, ignoring case.");
    }
}
