using GraphQL.Types;

namespace ProfD.Node.Adjudications;

internal sealed class PreliminaryReportGraphType : ObjectGraphType<AdjudicatorReport>
{
    public PreliminaryReportGraphType()
    {
        Name = "PreliminaryReport";
        Description = "A panel member's independent preliminary report.";
        Field<NonNullGraphType<IdGraphType>>("adjudicatorId").Description("Who wrote it (a global Teacher ID).").Resolve(ctx => ctx.Source.AdjudicatorId);
        Field<NonNullGraphType<StringGraphType>>("report").Resolve(ctx => ctx.Source.Report);
        Field<NonNullGraphType<RecommendationGraphType>>("recommendation").Resolve(ctx => ctx.Source.Recommendation);
        Field<NonNullGraphType<DateTimeGraphType>>("submittedAt").Resolve(ctx => ctx.Source.SubmittedAt);
    }
}
