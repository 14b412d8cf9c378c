using GraphQL.Types;

namespace ProfD.Trust.Nations;

internal sealed class NationInputGraphType : InputObjectGraphType<NationInput>
{
    public NationInputGraphType()
    {
        Name = "NationInput";
        Description = "A nation: code, name, region and economy. A new nation needs all four; a known one changes the fields given.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("ISO 3166-1 alpha-2 code.");
        Field<StringGraphType>("name");
        Field<StringGraphType>("region");
        Field<EconomyGraphType>("economy");
    }
}
