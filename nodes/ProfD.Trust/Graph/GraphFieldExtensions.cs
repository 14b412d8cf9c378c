using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using ProfD.Schema.Paging;
using ProfD.Schema.Paging.GraphTypes;

namespace ProfD.Trust.Graph;

/// <summary>The argument sets every ProfD list and lookup field shares, declared once.</summary>
internal static class GraphFieldExtensions
{
    /// <summary>
    /// A Relay connection field with <c>first</c>, <c>after</c>, <c>where</c> and <c>orderBy</c>, the shape the
    /// gateway merges across nodes.
    /// </summary>
    public static FieldBuilder<object?, Connection<T>> ConnectionField<TNodeGraphType, T, TWhereGraphType, TOrderFieldGraphType>(
        this ObjectGraphType type, string name, string description)
        where TNodeGraphType : IGraphType
        where TWhereGraphType : IInputObjectGraphType
        where TOrderFieldGraphType : EnumerationGraphType =>
        type.Field<NonNullGraphType<ConnectionGraphType<TNodeGraphType, T>>, Connection<T>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", $"How many rows: 0 to {PageRequest.MaxPageSize}, default {PageRequest.DefaultPageSize}.")
            .Argument<StringGraphType>("after", "Resume after this cursor (a previous page's pageInfo.endCursor).")
            .Argument<TWhereGraphType>("where", "Only rows matching every condition given.")
            .Argument<ListGraphType<NonNullGraphType<OrderByGraphType<TOrderFieldGraphType>>>>("orderBy",
                "Sort fields in priority order; ties are broken by id, ascending.");

    /// <summary>The page the client asked for.</summary>
    public static PageRequest Page(this IResolveFieldContext context) =>
        PageRequest.Create(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));

    /// <summary>The client's orderBy, or null.</summary>
    public static IReadOnlyList<OrderBy>? OrderBy(this IResolveFieldContext context) =>
        context.GetArgument<List<OrderBy>?>("orderBy");

    /// <summary>A lookup by global ID: <c>name(id: ID!)</c>.</summary>
    public static FieldBuilder<object?, TReturn> LookupField<TGraphType, TReturn>(this ObjectGraphType type, string name, string description)
        where TGraphType : IGraphType =>
        type.Field<TGraphType, TReturn>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global ID.");

    /// <summary>The batch loader of this request, for federation reference resolvers (which cannot take services by injection).</summary>
    public static EntityLoader Loader(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<EntityLoader>();
}
