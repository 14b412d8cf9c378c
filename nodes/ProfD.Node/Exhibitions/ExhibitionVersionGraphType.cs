using GraphQL.Types;
using ProfD.Node.Graph;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionVersionGraphType : ObjectGraphType<ExhibitionVersionView>
{
    public ExhibitionVersionGraphType()
    {
        Name = "ExhibitionVersion";
        Description = "A numbered version of an exhibition; once submitted, its content never changes.";
        Field<NonNullGraphType<IntGraphType>>("number")
            .Description("1 for the first version, then one more for each new version (corrections or resubmission).")
            .Resolve(ctx => ctx.Source.Version.Number);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(ctx => ctx.Source.Version.CreatedAt);
        Field<DateTimeGraphType>("submittedAt")
            .Description("When the version was submitted; null while it is a draft.")
            .Resolve(ctx => ctx.Source.Version.SubmittedAt);
        Field<StringGraphType, string>("document")
            .Description("The version in the common format (exhibition-format/1.0, JSON): exactly what was submitted for a submitted "
                + "version, the content as it stands for the current draft. Null for a withdrawn exhibition.")
            .LoadWith<ExhibitionVersionView, string, ExhibitionDocuments>((ctx, documents) => documents.Of(ctx.Source.Exhibition, ctx.Source.Version));
    }
}
