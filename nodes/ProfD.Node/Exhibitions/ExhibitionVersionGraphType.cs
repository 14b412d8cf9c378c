using GraphQL.Types;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionVersionGraphType : ObjectGraphType<ExhibitionVersion>
{
    public ExhibitionVersionGraphType()
    {
        Name = "ExhibitionVersion";
        Description = "A numbered version of an exhibition; once submitted, its content never changes.";
        Field(v => v.Number).Description("1 for the first version, then one more for each resubmission.");
        Field(v => v.CreatedAt);
        Field(v => v.SubmittedAt, nullable: true).Description("When the version was submitted for adjudication; null while it is a draft.");
    }
}
