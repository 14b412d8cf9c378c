using GraphQL.Types;
using ProfD.Node.Exhibitions;
using ProfD.Node.Graph;
using ProfD.Node.Institution;

namespace ProfD.Node.Adjudications;

internal sealed class AdjudicationGraphType : ObjectGraphType<Adjudication>
{
    public AdjudicationGraphType(InstitutionProfile institution)
    {
        this.DeclareEntity("Adjudication", a => a.Id, institution);
        Description = "The examination of one submitted version of an exhibition by a panel.";
        Field<ExhibitionGraphType, Exhibition>("exhibition")
            .LoadWith<Adjudication, Exhibition, EntityLoader>((ctx, load) => load.ById<Exhibition>(ctx.Source.ExhibitionId));
        Field(a => a.ExhibitionVersion).Description("The number of the exhibition version examined.");
        Field<RecommendationGraphType>("jointRecommendation")
            .Description("What the panel recommends together; null until they agree.")
            .Resolve(ctx => ctx.Source.JointRecommendation);
        Field(a => a.CorrectionsDeadline, nullable: true).Description("When corrections are due; null unless corrections are required.");
        Field(a => a.CorrectionsSignedOffAt, nullable: true).Description("When the corrections were signed off; null until then.");
        Field<RecommendationGraphType>("finalDecision")
            .Description("The decision confirmed; null until it is made.")
            .Resolve(ctx => ctx.Source.FinalDecision);
        Field(a => a.DecidedAt, nullable: true).Description("When the final decision was made; null until then.");
        Field(a => a.CreatedAt);
        Field(a => a.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PanelMemberGraphType>>>, IReadOnlyList<AdjudicatorReport>>("panel")
            .Description("The adjudicators and whether each has reported. Their reports and recommendations are not shown: "
                + "adjudicators report independently, and who may read what comes with the adjudication workflow.")
            .LoadWith<Adjudication, IReadOnlyList<AdjudicatorReport>, EntityLoader>((ctx, load) => load.ChildrenOf<AdjudicatorReport>(r => r.AdjudicationId, ctx.Source.Id));
    }
}
