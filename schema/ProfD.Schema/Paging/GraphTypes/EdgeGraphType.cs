using GraphQL.Types;

namespace ProfD.Schema.Paging.GraphTypes;

/// <summary>A Relay edge: a row and its cursor. Named after the row's type, for example <c>SchoolEdge</c>.</summary>
/// <typeparam name="TNodeGraphType">The row's graph type.</typeparam>
/// <typeparam name="T">The row's CLR type.</typeparam>
public sealed class EdgeGraphType<TNodeGraphType, T> : ObjectGraphType<Edge<T>>
    where TNodeGraphType : IGraphType
{
    /// <summary>Declares the fields.</summary>
    public EdgeGraphType()
    {
        Name = $"{GraphTypeNames.Of<TNodeGraphType>()}Edge";
        Field<NonNullGraphType<TNodeGraphType>>("node").Resolve(ctx => ctx.Source.Node);
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ctx.Source.Cursor)
            .Description("Pass as `after` to resume after this row.");
    }
}
