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
}
