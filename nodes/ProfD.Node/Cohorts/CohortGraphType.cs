using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Candidates;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Schools;

namespace ProfD.Node.Cohorts;

internal sealed class CohortGraphType : ObjectGraphType<Cohort>
{
    public CohortGraphType(InstitutionProfile institution)
    {
        this.DeclareEntity("Cohort", c => c.Id, institution);
        this.ShowTo(NodeAccess.Member);
        Description = "An intake of candidates who research together.";
        Field(c => c.Name);
        Field(c => c.IntakeYear);
        Field<NonNullGraphType<CohortStageGraphType>>("stage").Resolve(ctx => ctx.Source.Stage);
        Field(c => c.CreatedAt);
        Field(c => c.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SchoolGraphType>>>, IReadOnlyList<School>>("schools")
            .Description("The schools taking part.")
            .LoadWith<Cohort, IReadOnlyList<School>, EntityLoader>((ctx, load) => load.Linked<CohortSchool, School>(l => l.CohortId, l => l.SchoolId, ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidateGraphType>>>, IReadOnlyList<Candidate>>("candidates")
            .Description("The cohort's candidates, in order of enrolment.")
            .LoadWith<Cohort, IReadOnlyList<Candidate>, EntityLoader>((ctx, load) => load.ChildrenOf<Candidate>(c => c.CohortId, ctx.Source.Id));
    }
}
