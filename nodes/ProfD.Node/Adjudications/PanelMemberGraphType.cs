using GraphQL.Types;

namespace ProfD.Node.Adjudications;

/// <summary>A seat on an adjudication panel, without what the adjudicator wrote.</summary>
internal sealed class PanelMemberGraphType : ObjectGraphType<AdjudicatorReport>
{
    public PanelMemberGraphType()
    {
        Name = "PanelMember";
        Description = "An adjudicator on the panel and whether their independent report is in. The report itself is read through "
            + "Adjudication.preliminaryReports, which shows each member only their own until every report is in.";
        Field<NonNullGraphType<IdGraphType>>("adjudicatorId")
            .Description("The adjudicator's global Teacher ID; its first segment names their home institution, which may be another node.")
            .Resolve(ctx => ctx.Source.AdjudicatorId);
        Field<NonNullGraphType<BooleanGraphType>>("submitted")
            .Description("Whether the adjudicator has submitted their report.")
            .Resolve(ctx => ctx.Source.SubmittedAt is not null);
        Field(r => r.SubmittedAt, nullable: true).Description("When the report was submitted; null until then.");
    }
}
