using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;

namespace ProfD.Node.Awards;

/// <summary>The root fields of the Award feature.</summary>
internal static class AwardFields
{
    public static void AddAwardQueries(this ObjectGraphType query) =>
        query.LookupField<AwardGraphType, Award>("award", "An award of this institution by ID; null if it has none.")
            .LoadWith<object?, Award, EntityLoader>((ctx, load) => load.Lookup<Award>(ctx.GetArgument<string>("id"), "Award"));

    public static void AddAwardMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<AwardGraphType>, Award>("revokeAward")
            .Description("Revokes an award, with a reason; verifyCredential then reports its credential as REVOKED. Revoking twice is CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("awardId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .MutateWith<object?, Award, AwardMutations>((ctx, m) =>
                m.RevokeAsync(ctx.GetArgument<string>("awardId"), ctx.GetArgument<string>("reason"), ctx.CancellationToken)!);
}
