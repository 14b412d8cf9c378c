using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;
using ProfD.Schema.Paging;

namespace ProfD.Node.Candidates;

/// <summary>The root fields of the Candidate feature: candidates and their enrolments.</summary>
internal static class CandidateFields
{
    public static void AddCandidateQueries(this ObjectGraphType query)
    {
        query.LookupField<CandidateGraphType, Candidate>("candidate", "A candidate of this institution by ID; null if it has none.")
            .LoadWith<object?, Candidate, EntityLoader>((ctx, load) => load.Lookup<Candidate>(ctx.GetArgument<string>("id"), "Candidate"));
        query.ConnectionField<CandidateGraphType, Candidate, CandidateWhereGraphType, CandidateOrderFieldGraphType>("candidates", "The institution's candidates.")
            .ResolveWith<object?, Connection<Candidate>, CandidateQueries>((ctx, q) =>
                q.ListAsync(ctx.GetArgument<CandidateWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
    }

    public static void AddCandidateMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CandidateGraphType>, Candidate>("enrolCandidate")
            .Description("Enrols a teacher of the institution as a candidate in a cohort.")
            .Argument<NonNullGraphType<EnrolmentInputGraphType>>("input")
            .ResolveWith<object?, Candidate, CandidateMutations>((ctx, m) => m.EnrolAsync(ctx.GetArgument<EnrolmentInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<CandidateGraphType>, Candidate>("updateEnrolment")
            .Description("Moves a candidate to another cohort or stage.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EnrolmentInputGraphType>>("input")
            .ResolveWith<object?, Candidate, CandidateMutations>((ctx, m) =>
                m.UpdateAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<EnrolmentInput>("input"), ctx.CancellationToken)!);
    }
}
