using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Awards;
using ProfD.Node.Cohorts;
using ProfD.Node.Exhibitions;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Mentorships;
using ProfD.Node.Research;
using ProfD.Node.Teachers;

namespace ProfD.Node.Candidates;

internal sealed class CandidateGraphType : ObjectGraphType<Candidate>
{
    public CandidateGraphType(InstitutionProfile institution)
    {
        this.DeclareEntity("Candidate", c => c.Id, institution);
        this.ShowTo(NodeAccess.CandidateReader);
        Description = "A teacher enrolled in a cohort, working towards the doctorate.";
        Field<NonNullGraphType<CandidateStageGraphType>>("stage").Resolve(ctx => ctx.Source.Stage);
        Field(c => c.EnrolledAt);
        Field(c => c.CreatedAt);
        Field(c => c.UpdatedAt);
        Field<TeacherGraphType, Teacher>("teacher")
            .LoadWith<Candidate, Teacher, EntityLoader>((ctx, load) => load.ById<Teacher>(ctx.Source.TeacherId));
        Field<CohortGraphType, Cohort>("cohort")
            .LoadWith<Candidate, Cohort, EntityLoader>((ctx, load) => load.ById<Cohort>(ctx.Source.CohortId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResearchProjectGraphType>>>, IReadOnlyList<ResearchProject>>("projects")
            .Description("The candidate's research projects.")
            .LoadWith<Candidate, IReadOnlyList<ResearchProject>, EntityLoader>((ctx, load) => load.ChildrenOf<ResearchProject>(p => p.CandidateId, ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExhibitionGraphType>>>, IReadOnlyList<Exhibition>>("exhibitions")
            .Description("The candidate's exhibitions.")
            .LoadWith<Candidate, IReadOnlyList<Exhibition>, EntityLoader>((ctx, load) => load.ChildrenOf<Exhibition>(e => e.CandidateId, ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentorshipGraphType>>>, IReadOnlyList<Mentorship>>("mentorships")
            .Description("The candidate's mentorships, past and present.")
            .LoadWith<Candidate, IReadOnlyList<Mentorship>, EntityLoader>((ctx, load) => load.ChildrenOf<Mentorship>(m => m.CandidateId, ctx.Source.Id));
        Field<AwardGraphType, Award>("award")
            .Description("The title awarded: the latest award that stands, else the latest revoked one; null before the award.")
            .LoadWith<Candidate, Award, EntityLoader>((ctx, load) => load.ChildrenOf<Award>(a => a.CandidateId, ctx.Source.Id).Then(CurrentAward.Of));
    }
}
