using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Candidates;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Schools;

namespace ProfD.Node.Teachers;

internal sealed class TeacherGraphType : ObjectGraphType<Teacher>
{
    public TeacherGraphType(InstitutionProfile institution)
    {
        this.DeclareEntity("Teacher", t => t.Id, institution);
        this.ShowTo(NodeAccess.TeacherReader);
        Description = "A teacher at one of the institution's schools: a candidate, a mentor, or both. Contact details stay at the node.";
        Field(t => t.GivenName);
        Field(t => t.FamilyName);
        Field<NonNullGraphType<StringGraphType>>("displayName").Resolve(ctx => $"{ctx.Source.GivenName} {ctx.Source.FamilyName}");
        Field(t => t.Languages);
        Field(t => t.Subjects);
        Field(t => t.OffersMentoring).Description("Whether the teacher offers to mentor candidates at other schools; their mentor profile is then public.");
        Field(t => t.MentorCapacity, nullable: true).Description("How many more mentees the teacher can take.");
        Field(t => t.Bio, nullable: true).Description("A short public biography for the mentor directory.");
        Field(t => t.CreatedAt);
        Field(t => t.UpdatedAt);
        Field<SchoolGraphType, School>("school")
            .LoadWith<Teacher, School, EntityLoader>((ctx, load) => load.ById<School>(ctx.Source.SchoolId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidateGraphType>>>, IReadOnlyList<Candidate>>("candidacies")
            .Description("The teacher's enrolments as a candidate.")
            .LoadWith<Teacher, IReadOnlyList<Candidate>, EntityLoader>((ctx, load) => load.ChildrenOf<Candidate>(c => c.TeacherId, ctx.Source.Id));
    }
}
