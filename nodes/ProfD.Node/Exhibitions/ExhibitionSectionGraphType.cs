using GraphQL.Types;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionSectionGraphType : ObjectGraphType<ExhibitionSection>
{
    public ExhibitionSectionGraphType()
    {
        Name = "ExhibitionSection";
        Description = "A section of an exhibition's body.";
        Field(s => s.Position).Description("Where the section comes, first at 0.");
        Field(s => s.Heading);
        Field(s => s.Body).Description("Markdown (CommonMark).");
    }
}
