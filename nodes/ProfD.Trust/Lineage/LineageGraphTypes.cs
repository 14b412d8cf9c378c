using GraphQL.Types;
using ProfD.Trust.Access;
using ProfD.Trust.Federation;
using ProfD.Trust.Graph;

namespace ProfD.Trust.Lineage;

internal sealed class LineageLinkGraphType : ObjectGraphType<LineageLink>
{
    public LineageLinkGraphType()
    {
        this.MarkPublic();
        Name = "LineageLink";
        Description = "One step of lineage across the federation, from harvested links.";
        Field<NonNullGraphType<LinkRelationGraphType>>("relation").Resolve(ctx => ctx.Source.Relation);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global ID of the work at the other end (an Exhibition or a ResearchProject).")
            .Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("homeInstitution").Description("The code of that work's home node.").Resolve(ctx => ctx.Source.HomeInstitution);
        Field<NonNullGraphType<IdGraphType>>("via").Description("The work on this side that carries the link: the exhibition or the project it presents.")
            .Resolve(ctx => ctx.Source.Via);
        Field<ExhibitionGraphType>("exhibition")
            .Description("The library exhibition that is, or presents, the work at the other end; null if the library has none.")
            .Resolve(ctx => ctx.Source.Exhibition);
        Field<NonNullGraphType<DateTimeGraphType>>("harvestedAt").Resolve(ctx => ctx.Source.HarvestedAt);
    }
}

internal sealed class LineageGraphType : ObjectGraphType<LineageOf>
{
    public LineageGraphType()
    {
        this.MarkPublic();
        Name = "Lineage";
        Description = "What a work builds on and what builds on it, across every node.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LineageLinkGraphType>>>, IReadOnlyList<LineageLink>>("buildsOn")
            .LoadWith<LineageOf, IReadOnlyList<LineageLink>, LineageLoader>((ctx, load) => load.BuildsOn(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LineageLinkGraphType>>>, IReadOnlyList<LineageLink>>("citedBy")
            .LoadWith<LineageOf, IReadOnlyList<LineageLink>, LineageLoader>((ctx, load) => load.CitedBy(ctx.Source.Id));
        Field<NonNullGraphType<IntGraphType>, int>("buildsOnCount")
            .LoadWith<LineageOf, int, LineageLoader>((ctx, load) => load.BuildsOn(ctx.Source.Id).Then(l => l.Count));
        Field<NonNullGraphType<IntGraphType>, int>("citedByCount")
            .LoadWith<LineageOf, int, LineageLoader>((ctx, load) => load.CitedBy(ctx.Source.Id).Then(l => l.Count));
    }
}
