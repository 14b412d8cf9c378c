using GraphQL.Types;

namespace ProfD.Node.Schools;

internal sealed class SchoolInputGraphType : InputObjectGraphType<SchoolInput>
{
    public SchoolInputGraphType()
    {
        Name = "SchoolInput";
        Description = "A school's details. Creating needs name, nation and economy; updating changes only the fields given.";
        Field<StringGraphType>("name");
        Field<StringGraphType>("nation").Description("ISO 3166-1 alpha-2 code, for example GB.");
        Field<EconomyGraphType>("economy");
        Field<StringGraphType>("city");
    }
}
