using GraphQL.Types;
using ProfD.Schema.Paging;
using ProfD.Schema.Paging.GraphTypes;
using ProfD.Trust.Access;
using ProfD.Trust.Federation;

namespace ProfD.Trust.Library;

internal sealed class LibraryConnectionGraphType : ObjectGraphType<LibraryPage>
{
    public LibraryConnectionGraphType()
    {
        this.MarkPublic();
        Name = "LibraryConnection";
        Description = "One page of library hits, with facets over all of them.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LibraryEdgeGraphType>>>>("edges").Resolve(ctx => ctx.Source.Connection.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExhibitionGraphType>>>>("nodes")
            .Description("The hits: Exhibition entities, which the gateway completes from their home nodes.")
            .Resolve(ctx => ctx.Source.Connection.Nodes.Select(h => new ExhibitionReference(h.Id, h.Exhibition)).ToList());
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(ctx => ctx.Source.Connection.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many exhibitions match, in all pages.")
            .ResolveAsync(async ctx => await ctx.Source.Connection.TotalCountAsync(ctx.CancellationToken));
        Field<NonNullGraphType<LibraryFacetsGraphType>>("facets").Description("Each facet's values and counts over all the hits.")
            .ResolveAsync(async ctx => await ctx.Source.FacetsAsync(ctx.CancellationToken));
    }
}

internal sealed class LibraryEdgeGraphType : ObjectGraphType<Edge<LibraryHit>>
{
    public LibraryEdgeGraphType()
    {
        this.MarkPublic();
        Name = "LibraryEdge";
        Field<NonNullGraphType<ExhibitionGraphType>>("node").Resolve(ctx => new ExhibitionReference(ctx.Source.Node.Id, ctx.Source.Node.Exhibition));
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to resume after this hit.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance to the search, higher is better; 0 without a search.")
            .Resolve(ctx => ctx.Source.Node.Score);
    }
}

internal sealed class LibraryFacetsGraphType : ObjectGraphType<LibraryFacets>
{
    public LibraryFacetsGraphType()
    {
        this.MarkPublic();
        Name = "LibraryFacets";
        Description = "Each facet's values over all the hits, most frequent first, with how many hits have each.";
        Facet("nation", LibraryFacet.Nation);
        Facet("institution", LibraryFacet.Institution);
        Facet("theme", LibraryFacet.Theme);
        Facet("year", LibraryFacet.Year);
        Facet("mediaKind", LibraryFacet.MediaKind);
        Facet("language", LibraryFacet.Language);
        Facet("provocation", LibraryFacet.Provocation);
    }

    private void Facet(string name, string facet) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueGraphType>>>>(name).Resolve(ctx => ctx.Source.Of(facet));
}

internal sealed class FacetValueGraphType : ObjectGraphType<FacetValue>
{
    public FacetValueGraphType()
    {
        this.MarkPublic();
        Name = "FacetValue";
        Field(v => v.Value);
        Field(v => v.Count);
    }
}
