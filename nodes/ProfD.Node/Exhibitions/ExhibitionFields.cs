using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;
using ProfD.Schema.Paging;

namespace ProfD.Node.Exhibitions;

/// <summary>The root fields of the Exhibition feature.</summary>
internal static class ExhibitionFields
{
    public static void AddExhibitionQueries(this ObjectGraphType query)
    {
        query.LookupField<ExhibitionGraphType, Exhibition>("exhibition", "An exhibition of this institution by ID; null if it has none.")
            .LoadWith<object?, Exhibition, EntityLoader>((ctx, load) => load.Lookup<Exhibition>(ctx.GetArgument<string>("id"), "Exhibition"));
        query.ConnectionField<ExhibitionGraphType, Exhibition, ExhibitionWhereGraphType, ExhibitionOrderFieldGraphType>(
                "exhibitions", "The institution's exhibitions.")
            .ResolveWith<object?, Connection<Exhibition>, ExhibitionQueries>((ctx, q) =>
                q.ListAsync(ctx.GetArgument<ExhibitionWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
    }
}
