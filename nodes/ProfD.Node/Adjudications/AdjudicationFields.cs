using GraphQL;
using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Graph;

namespace ProfD.Node.Adjudications;

/// <summary>The root fields of the Adjudication feature.</summary>
internal static class AdjudicationFields
{
    public static void AddAdjudicationQueries(this ObjectGraphType query) =>
        query.LookupField<AdjudicationGraphType, Adjudication>("adjudication", "An adjudication of this institution by ID; null if it has none.")
            .LoadWith<object?, Adjudication, EntityLoader>((ctx, load) => load.Lookup<Adjudication>(ctx.GetArgument<string>("id"), "Adjudication"));

    public static void AddAdjudicationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AdjudicationGraphType>, Adjudication>("formPanel")
            .Description("Forms the panel that examines a SUBMITTED exhibition's submitted version (→ UNDER_ADJUDICATION): at least two distinct "
                + "adjudicators (global Teacher IDs at any node), at least one from another institution, neither the candidate nor a mentor of theirs. "
                + "CONFLICT when the candidate is AWARDED or WITHDRAWN.")
            .Argument<NonNullGraphType<IdGraphType>>("exhibitionId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("adjudicatorIds")
            .MutateWith<object?, Adjudication, AdjudicationMutations>((ctx, m) =>
                m.FormPanelAsync(ctx.GetArgument<string>("exhibitionId"), ctx.GetArgument<List<string>>("adjudicatorIds"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<AdjudicationGraphType>, Adjudication>("submitPreliminaryReport")
            .Description("A panel member's independent preliminary report, once per member, as themselves; someone not on the panel is FORBIDDEN.")
            .Argument<NonNullGraphType<IdGraphType>>("adjudicationId")
            .Argument<IdGraphType>("adjudicatorId", "The adjudicator submitting; defaults to the caller, and naming anyone else is FORBIDDEN.")
            .Argument<NonNullGraphType<StringGraphType>>("report")
            .Argument<NonNullGraphType<RecommendationGraphType>>("recommendation")
            .MutateWith<object?, Adjudication, AdjudicationMutations>((ctx, m) => m.SubmitPreliminaryReportAsync(
                ctx.GetArgument<string>("adjudicationId"), ActingPerson.Of(ctx, "adjudicatorId")!, ctx.GetArgument<string>("report"),
                ctx.GetArgument<Recommendation>("recommendation"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<AdjudicationGraphType>, Adjudication>("submitJointReport")
            .Description("The panel's joint report and single recommendation, once every preliminary report is in. Corrections need a "
                + "correctionsDeadline in the future; other recommendations take none.")
            .Argument<NonNullGraphType<IdGraphType>>("adjudicationId")
            .Argument<NonNullGraphType<StringGraphType>>("report")
            .Argument<NonNullGraphType<RecommendationGraphType>>("recommendation")
            .Argument<DateTimeGraphType>("correctionsDeadline")
            .MutateWith<object?, Adjudication, AdjudicationMutations>((ctx, m) => m.SubmitJointReportAsync(
                ctx.GetArgument<string>("adjudicationId"), ctx.GetArgument<string>("report"), ctx.GetArgument<Recommendation>("recommendation"),
                ctx.GetArgument<DateTime?>("correctionsDeadline"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<AdjudicationGraphType>, Adjudication>("signOffCorrections")
            .Description("The panel signs off the corrections it asked for, once the candidate has submitted a corrected version.")
            .Argument<NonNullGraphType<IdGraphType>>("adjudicationId")
            .MutateWith<object?, Adjudication, AdjudicationMutations>((ctx, m) => m.SignOffCorrectionsAsync(ctx.GetArgument<string>("adjudicationId"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<AdjudicationGraphType>, Adjudication>("confirmDecision")
            .Description("The institution confirms the decision; afterwards nothing about the adjudication can change. PASS or signed-off "
                + "corrections: exhibition ADJUDGED, candidate AWARDED, award with a signed credential. RESUBMIT: exhibition back to DRAFT in a new "
                + "version. FAIL: exhibition ADJUDGED without award, candidate WITHDRAWN.")
            .Argument<NonNullGraphType<IdGraphType>>("adjudicationId")
            .MutateWith<object?, Adjudication, DecisionConfirmation>((ctx, m) => m.ConfirmAsync(ctx.GetArgument<string>("adjudicationId"), ctx.CancellationToken)!);
    }
}
