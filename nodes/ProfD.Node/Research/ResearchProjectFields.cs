using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;
using ProfD.Schema.Paging;

namespace ProfD.Node.Research;

/// <summary>The root fields of the Research feature.</summary>
internal static class ResearchProjectFields
{
    public static void AddResearchQueries(this ObjectGraphType query)
    {
        query.LookupField<ResearchProjectGraphType, ResearchProject>("researchProject", "A research project of this institution by ID; null if it has none.")
            .LoadWith<object?, ResearchProject, EntityLoader>((ctx, load) => load.Lookup<ResearchProject>(ctx.GetArgument<string>("id"), "ResearchProject"));
        query.ConnectionField<ResearchProjectGraphType, ResearchProject, ResearchProjectWhereGraphType, ResearchProjectOrderFieldGraphType>(
                "researchProjects", "The institution's research projects.")
            .ResolveWith<object?, Connection<ResearchProject>, ResearchProjectQueries>((ctx, q) =>
                q.ListAsync(ctx.GetArgument<ResearchProjectWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
    }
}
