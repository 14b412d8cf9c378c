using GraphQL.Types;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionSectionInputGraphType : InputObjectGraphType<ExhibitionSectionInput>
{
    public ExhibitionSectionInputGraphType()
    {
        Name = "ExhibitionSectionInput";
        Description = "A section of an exhibition's body.";
        Field<NonNullGraphType<StringGraphType>>("heading");
        Field<NonNullGraphType<StringGraphType>>("body").Description("Markdown (CommonMark).");
    }
}
