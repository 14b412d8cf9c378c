using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Candidates;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Teachers;

namespace ProfD.Node.Mentorships;

internal sealed class MentorshipGraphType : ObjectGraphType<Mentorship>
{
    public MentorshipGraphType(InstitutionProfile institution, TimeProvider time)
    {
        this.DeclareEntity("Mentorship", m => m.Id, institution);
        this.ShowTo(NodeAccess.MentorshipReader);
        Description = "A mentor from another school, possibly at another node, following a candidate.";
        Field<CandidateGraphType, Candidate>("candidate")
            .LoadWith<Mentorship, Candidate, EntityLoader>((ctx, load) => load.ById<Candidate>(ctx.Source.CandidateId));
        Field<NonNullGraphType<IdGraphType>>("mentorId")
            .Description("The mentor's global Teacher ID; its first segment names their home institution, which may be another node.")
            .Resolve(ctx => ctx.Source.MentorId);
        Field<TeacherGraphType, Teacher>("mentor")
            .Description("The mentor. A node gives only its own teachers (null for a mentor at another node); the gateway fetches the others from their home node by mentorId.")
            .LoadWith<Mentorship, Teacher, EntityLoader>((ctx, load) => load.Lookup<Teacher>(ctx.Source.MentorId, "Teacher", "mentorId"));
        Field(m => m.StartedAt);
        Field(m => m.EndedAt, nullable: true).Description("When the mentorship ended or will end; null while open-ended.");
        Field<NonNullGraphType<BooleanGraphType>>("active")
            .Description("Whether the mentorship has started and not yet ended.")
            .Resolve(ctx => MentorshipRules.IsActive(ctx.Source, time.GetUtcNow().UtcDateTime));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentorCommentGraphType>>>, IReadOnlyList<MentorComment>>("comments")
            .Description("The mentor's comments on the candidate's work, oldest first.")
            .LoadWith<Mentorship, IReadOnlyList<MentorComment>, EntityLoader>((ctx, load) => load.ChildrenOf<MentorComment>(c => c.MentorshipId, ctx.Source.Id));
    }
}
