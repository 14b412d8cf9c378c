using GraphQL.Types;
using ProfD.Node.Candidates;
using ProfD.Node.Graph;
using ProfD.Node.Institution;

namespace ProfD.Node.Mentorships;

internal sealed class MentorshipGraphType : ObjectGraphType<Mentorship>
{
    public MentorshipGraphType(InstitutionProfile institution, TimeProvider time)
    {
        this.DeclareEntity("Mentorship", m => m.Id, institution);
        Description = "A mentor from another school, possibly at another node, following a candidate.";
        Field<CandidateGraphType, Candidate>("candidate")
            .LoadWith<Mentorship, Candidate, EntityLoader>((ctx, load) => load.ById<Candidate>(ctx.Source.CandidateId));
        Field<NonNullGraphType<IdGraphType>>("mentorId")
            .Description("The mentor's global Teacher ID; its first segment names their home institution, which may be another node.")
            .Resolve(ctx => ctx.Source.MentorId);
        Field(m => m.StartedAt);
        Field(m => m.EndedAt, nullable: true).Description("When the mentorship ended or will end; null while open-ended.");
        Field<NonNullGraphType<BooleanGraphType>>("active")
            .Description("Whether the mentorship has started and not yet ended.")
            .Resolve(ctx => IsActive(ctx.Source, time.GetUtcNow().UtcDateTime));
    }

    private static bool IsActive(Mentorship mentorship, DateTime now) =>
        mentorship.StartedAt <= now && (mentorship.EndedAt is null || mentorship.EndedAt > now);
}
