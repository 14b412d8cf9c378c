using GraphQL.Types;

namespace ProfD.Schema.Paging.GraphTypes;

/// <summary>A Relay connection, named after the row's type, for example <c>SchoolConnection</c>.</summary>
/// <typeparam name="TNodeGraphType">The row's graph type.</typeparam>
/// <typeparam name="T">The row's CLR type.</typeparam>
public sealed class ConnectionGraphType<TNodeGraphType, T> : ObjectGraphType<Connection<T>>
    where TNodeGraphType : IGraphType
{
    /// <summary>Declares the fields.</summary>
    public ConnectionGraphType()
    {
        Name = $"{GraphTypeNames.Of<TNodeGraphType>()}Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType, T>>>>>("edges")
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many rows match the filter, in all pages.")
            .ResolveAsync(async ctx => await ctx.Source.TotalCountAsync(ctx.CancellationToken));
    }
}
