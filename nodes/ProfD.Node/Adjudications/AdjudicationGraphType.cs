using GraphQL;
using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Exhibitions;
using ProfD.Node.Graph;
using ProfD.Node.Institution;

namespace ProfD.Node.Adjudications;

internal sealed class AdjudicationGraphType : ObjectGraphType<Adjudication>
{
    public AdjudicationGraphType(InstitutionProfile institution)
    {
        this.DeclareEntity("Adjudication", a => a.Id, institution);
        this.ShowTo(NodeAccess.AdjudicationReader);
        Description = "The examination of one submitted version of an exhibition by a panel.";
        Field<ExhibitionGraphType, Exhibition>("exhibition")
            .LoadWith<Adjudication, Exhibition, EntityLoader>((ctx, load) => load.ById<Exhibition>(ctx.Source.ExhibitionId));
        Field(a => a.ExhibitionVersion).Description("The number of the exhibition version examined.");
        Field<NonNullGraphType<AdjudicationPhaseGraphType>, AdjudicationPhase>("phase")
            .Description("Where the adjudication stands.")
            .LoadWith<Adjudication, AdjudicationPhase, EntityLoader>((ctx, load) => load.ChildrenOf<AdjudicatorReport>(r => r.AdjudicationId, ctx.Source.Id)
                .Then(panel => AdjudicationStateMachine.PhaseOf(ctx.Source, panel)));
        Field<NonNullGraphType<BooleanGraphType>, bool>("allReportsIn")
            .Description("Whether every panel member has submitted their preliminary report; until then each sees only their own.")
            .LoadWith<Adjudication, bool, EntityLoader>((ctx, load) => load.ChildrenOf<AdjudicatorReport>(r => r.AdjudicationId, ctx.Source.Id)
                .Then(panel => panel.All(r => r.SubmittedAt is not null)));
        Field<RecommendationGraphType>("jointRecommendation")
            .Description("What the panel recommends together; null until they agree.")
            .Resolve(ctx => ctx.Source.JointRecommendation);
        Field(a => a.JointReport, nullable: true).Description("The panel's joint report; null until they agree.");
        Field(a => a.CorrectionsDeadline, nullable: true).Description("When corrections are due: a corrected version submitted later is CONFLICT. Null unless corrections are required.");
        Field(a => a.CorrectedVersion, nullable: true).Description("The exhibition version whose corrections were signed off.");
        Field(a => a.CorrectionsSignedOffAt, nullable: true).Description("When the corrections were signed off; null until then.");
        Field<RecommendationGraphType>("finalDecision")
            .Description("The decision confirmed; null until it is made.")
            .Resolve(ctx => ctx.Source.FinalDecision);
        Field(a => a.DecidedAt, nullable: true).Description("When the final decision was made; null until then.");
        Field(a => a.CreatedAt);
        Field(a => a.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PanelMemberGraphType>>>, IReadOnlyList<AdjudicatorReport>>("panel")
            .Description("The adjudicators and whether each has reported; what they wrote is read through preliminaryReports.")
            .LoadWith<Adjudication, IReadOnlyList<AdjudicatorReport>, EntityLoader>((ctx, load) => load.ChildrenOf<AdjudicatorReport>(r => r.AdjudicationId, ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PreliminaryReportGraphType>>>, IReadOnlyList<AdjudicatorReport>>("preliminaryReports")
            .Description("The preliminary reports the panel member adjudicatorId may read: their own until every report is in, then all. "
                + "Someone not on the panel is FORBIDDEN; an admin of the institution who names no one reads them all.")
            .Argument<IdGraphType>("adjudicatorId", "The panel member asking; defaults to the caller, and naming anyone else is FORBIDDEN.")
            .Allow(NodeAccess.PreliminaryReports)
            .LoadWith<Adjudication, IReadOnlyList<AdjudicatorReport>, EntityLoader>((ctx, load) =>
            {
                var reports = load.ChildrenOf<AdjudicatorReport>(r => r.AdjudicationId, ctx.Source.Id);
                var named = ctx.GetArgument<string?>("adjudicatorId");
                if (named is null && ProfD.Schema.Identity.FederationCaller.From(ctx.User).AdministersInstitution(institution.Code)) return reports;
                var who = ProfD.Schema.Ids.GlobalId.Parse(ActingPerson.Of(ctx, "adjudicatorId"), "adjudicatorId", "Teacher").ToString();
                return reports.Then(panel => PreliminaryReportVisibility.VisibleTo(who, panel));
            });
    }
}
