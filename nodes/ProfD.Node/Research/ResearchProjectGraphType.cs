using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Candidates;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Mentorships;

namespace ProfD.Node.Research;

internal sealed class ResearchProjectGraphType : ObjectGraphType<ResearchProject>
{
    public ResearchProjectGraphType(InstitutionProfile institution)
    {
        this.DeclareEntity("ResearchProject", p => p.Id, institution);
        this.ShowTo(NodeAccess.ProjectReader);
        Description = "A candidate's action research in their own school.";
        Field(p => p.Title);
        Field(p => p.Question).Description("The research question.");
        Field(p => p.Hypothesis, nullable: true);
        Field(p => p.Method, nullable: true);
        Field(p => p.Context, nullable: true).Description("Where the research happens: the school and class, in the candidate's words.");
        Field(p => p.PupilsAgeRange, nullable: true).Description("The pupils' ages, for example \"9-11\".");
        Field(p => p.Setting, nullable: true).Description("The setting, for example \"a mixed-attainment class of thirty\".");
        Field<EthicsApprovalGraphType, EthicsApproval>("ethicsApproval")
            .Description("Null until ethics approval is recorded.")
            .Resolve(ctx => ctx.Source.EthicsApprovedBy is { } by ? new EthicsApproval(by, ctx.Source.EthicsApprovedAt, ctx.Source.EthicsReference) : null);
        Field(p => p.Findings, nullable: true);
        Field(p => p.ConclusionsForPractice, nullable: true);
        Field(p => p.Themes);
        Field(p => p.Languages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("provocationIds")
            .Description("Global IDs of the trust's provocations the project answers (for example trust:Provocation:01J…).")
            .Resolve(ctx => ctx.Source.ProvocationIds);
        Field<NonNullGraphType<ProjectStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResearchLinkGraphType>>>>("buildsOn")
            .Description("Earlier work anywhere in the federation that this project builds on.")
            .Resolve(ctx => ctx.Source.BuildsOn);
        Field(p => p.CreatedAt);
        Field(p => p.UpdatedAt);
        Field<CandidateGraphType, Candidate>("candidate")
            .LoadWith<ResearchProject, Candidate, EntityLoader>((ctx, load) => load.ById<Candidate>(ctx.Source.CandidateId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentorCommentGraphType>>>, IReadOnlyList<MentorComment>>("mentorComments")
            .Description("Mentors' dated comments on the project, oldest first.")
            .Allow(NodeAccess.ProjectMentorComments)
            .LoadWith<ResearchProject, IReadOnlyList<MentorComment>, EntityLoader>((ctx, load) => load.ChildrenOf<MentorComment>(c => c.ProjectId!, ctx.Source.Id));
    }
}
