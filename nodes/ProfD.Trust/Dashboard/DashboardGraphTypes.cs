using GraphQL;
using GraphQL.Types;
using ProfD.Trust.Access;
using ProfD.Trust.Graph;

namespace ProfD.Trust.Dashboard;

internal sealed class DashboardGraphType : ObjectGraphType<ProgrammeDashboard>
{
    public DashboardGraphType()
    {
        this.MarkPublic();
        Name = "Dashboard";
        Description = "The programme's figures. Node figures (candidates, awards) come live from each node; the rest from the trust's data.";
        Field(d => d.GeneratedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FiguresGraphType>>>>("institutions").Resolve(ctx => ctx.Source.Institutions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FiguresGraphType>>>>("nations").Resolve(ctx => ctx.Source.Nations);
        Field<NonNullGraphType<FiguresGraphType>>("programme").Description("Everything in scope together.").Resolve(ctx => ctx.Source.Programme);
        Field(d => d.SchoolsWithoutTriangle).Description("Schools in the directory that are in no active triangle.");
    }
}

internal sealed class FiguresGraphType : ObjectGraphType<Figures>
{
    public FiguresGraphType()
    {
        this.MarkPublic();
        Name = "Figures";
        Description = "Figures of an institution, a nation or the programme. Node figures are null when no node in scope answered.";
        Field(f => f.Scope).Description("The institution's code, the nation's ISO code, or \"programme\".");
        Field(f => f.Name, nullable: true);
        Field(f => f.Nation, nullable: true);
        Field<ListGraphType<NonNullGraphType<StageCountGraphType>>>("candidatesByStage").Description("Live from the nodes.").Resolve(ctx => ctx.Source.CandidatesByStage);
        Field<ListGraphType<NonNullGraphType<YearCountGraphType>>>("awardsPerYear").Description("Standing awards per year, live from the nodes.").Resolve(ctx => ctx.Source.AwardsPerYear);
        Field(f => f.MedianMonthsToAward, nullable: true).Description("Median months from enrolment to award, live from the nodes.");
        Field(f => f.AccreditedMentors).Description("ACTIVE accreditations of the institutions' teachers (trust).");
        Field(f => f.MentorsPerCandidate, nullable: true).Description("Accredited mentors per active candidate (ENROLLED, RESEARCHING, EXHIBITING).");
        Field(f => f.TrianglesComplete).Description("Active triangles with a school here whose three schools are known and whose institutions are active.");
        Field(f => f.TrianglesIncomplete);
        Field(f => f.ExhibitionsPublished).Description("Published exhibitions in the harvested library.");
        Field<LongGraphType>("harvestLagSeconds").Description("Seconds since the harvester was last caught up (the worst node in scope).").Resolve(ctx => ctx.Source.HarvestLagSeconds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("unavailable")
            .Description("Institutions whose node did not answer; their node figures are missing.").Resolve(ctx => ctx.Source.Unavailable);
    }
}

internal sealed class StageCountGraphType : ObjectGraphType<(string Stage, int Count)>
{
    public StageCountGraphType()
    {
        this.MarkPublic();
        Name = "StageCount";
        Field<NonNullGraphType<StringGraphType>>("stage").Resolve(ctx => ctx.Source.Stage);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count);
    }
}

internal sealed class YearCountGraphType : ObjectGraphType<(int Year, int Count)>
{
    public YearCountGraphType()
    {
        this.MarkPublic();
        Name = "YearCount";
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(ctx => ctx.Source.Year);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count);
    }
}

internal static class DashboardFields
{
    public static void AddDashboardQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<DashboardGraphType>, ProgrammeDashboard>("dashboard").Allow(AccessRules.Anyone)
            .Description("The programme's figures per institution and per nation, optionally for one institution or nation.")
            .Argument<StringGraphType>("institution", "Only this institution (code).")
            .Argument<StringGraphType>("nation", "Only institutions of this nation (ISO code).")
            .ResolveWith<object?, ProgrammeDashboard, DashboardService>((ctx, s) =>
                s.BuildAsync(ctx.GetArgument<string?>("institution"), ctx.GetArgument<string?>("nation")?.ToUpperInvariant(), ctx.CancellationToken)!);
}
