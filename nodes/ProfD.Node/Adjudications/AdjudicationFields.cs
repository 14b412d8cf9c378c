using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;

namespace ProfD.Node.Adjudications;

/// <summary>The root fields of the Adjudication feature.</summary>
internal static class AdjudicationFields
{
    public static void AddAdjudicationQueries(this ObjectGraphType query) =>
        query.LookupField<AdjudicationGraphType, Adjudication>("adjudication", "An adjudication of this institution by ID; null if it has none.")
            .LoadWith<object?, Adjudication, EntityLoader>((ctx, load) => load.Lookup<Adjudication>(ctx.GetArgument<string>("id"), "Adjudication"));
}
