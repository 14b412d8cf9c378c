using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;
using ProfD.Schema.Paging;

namespace ProfD.Node.Cohorts;

/// <summary>The root fields of the Cohort feature.</summary>
internal static class CohortFields
{
    public static void AddCohortQueries(this ObjectGraphType query)
    {
        query.LookupField<CohortGraphType, Cohort>("cohort", "A cohort of this institution by ID; null if it has none.")
            .LoadWith<object?, Cohort, EntityLoader>((ctx, load) => load.Lookup<Cohort>(ctx.GetArgument<string>("id"), "Cohort"));
        query.ConnectionField<CohortGraphType, Cohort, CohortWhereGraphType, CohortOrderFieldGraphType>("cohorts", "The institution's cohorts.")
            .ResolveWith<object?, Connection<Cohort>, CohortQueries>((ctx, q) =>
                q.ListAsync(ctx.GetArgument<CohortWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
    }

    public static void AddCohortMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CohortGraphType>, Cohort>("createCohort")
            .Description("Forms a cohort from schools of the institution.")
            .Argument<NonNullGraphType<CohortInputGraphType>>("input")
            .ResolveWith<object?, Cohort, CohortMutations>((ctx, m) => m.CreateAsync(ctx.GetArgument<CohortInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<CohortGraphType>, Cohort>("updateCohort")
            .Description("Changes the fields given of a cohort.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<CohortInputGraphType>>("input")
            .ResolveWith<object?, Cohort, CohortMutations>((ctx, m) =>
                m.UpdateAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<CohortInput>("input"), ctx.CancellationToken)!);
    }
}
