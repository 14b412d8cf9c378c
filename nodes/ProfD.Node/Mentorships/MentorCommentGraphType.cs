using GraphQL.Types;
using ProfD.Node.Graph;
using ProfD.Node.Institution;

namespace ProfD.Node.Mentorships;

internal sealed class MentorCommentGraphType : ObjectGraphType<MentorComment>
{
    public MentorCommentGraphType(InstitutionProfile institution)
    {
        Name = "MentorComment";
        Description = "A mentor's dated comment on their mentee's research project or draft exhibition.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global ID; its first segment names the home institution.")
            .Resolve(ctx => institution.GlobalIdOf("MentorComment", ctx.Source.Id));
        Field(c => c.Text);
        Field(c => c.CreatedAt).Description("When the comment was made.");
        Field<NonNullGraphType<IdGraphType>>("onId")
            .Description("The global ID of the project or exhibition commented on.")
            .Resolve(ctx => ctx.Source.ProjectId is { } project ? institution.GlobalIdOf("ResearchProject", project) : institution.GlobalIdOf("Exhibition", ctx.Source.ExhibitionId!));
        Field(c => c.ExhibitionVersion, nullable: true).Description("The exhibition version commented on; null for a comment on a project.");
        Field<MentorshipGraphType, Mentorship>("mentorship")
            .LoadWith<MentorComment, Mentorship, EntityLoader>((ctx, load) => load.ById<Mentorship>(ctx.Source.MentorshipId));
    }
}
