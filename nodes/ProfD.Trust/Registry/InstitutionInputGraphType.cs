using GraphQL.Types;

namespace ProfD.Trust.Registry;

internal sealed class InstitutionInputGraphType : InputObjectGraphType<InstitutionInput>
{
    public InstitutionInputGraphType()
    {
        Name = "InstitutionInput";
        Description = "An institution's registration. Registering needs all four fields; updating changes the fields given (never the code).";
        Field<StringGraphType>("code").Description("The code the node's IDs start with, for example uclioe.");
        Field<StringGraphType>("name");
        Field<StringGraphType>("nation").Description("ISO 3166-1 alpha-2 code of a nation the trust knows.");
        Field<StringGraphType>("endpoint").Description("The node's GraphQL URL, for example https://profd.example.ac.uk/graphql.");
    }
}
