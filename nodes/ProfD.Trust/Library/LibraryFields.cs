using GraphQL;
using GraphQL.Types;
using ProfD.Schema.Ids;
using ProfD.Schema.Paging;
using ProfD.Schema.Paging.GraphTypes;
using ProfD.Trust.Access;
using ProfD.Trust.Graph;
using ProfD.Trust.Lineage;

namespace ProfD.Trust.Library;

internal static class LibraryFields
{
    public static void AddLibraryQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<LibraryConnectionGraphType>, LibraryPage>("library").Allow(AccessRules.Anyone)
            .Description("The harvested library of every node's published exhibitions: full-text search, facets, relevance or date order.")
            .Argument<StringGraphType>("search", "Words to find in the title, abstract, themes and findings; all must match.")
            .Argument<LibraryWhereGraphType>("where", "Only exhibitions matching every condition given.")
            .Argument<ListGraphType<NonNullGraphType<OrderByGraphType<LibraryOrderFieldGraphType>>>>("orderBy",
                "RELEVANCE DESC with a search, PUBLISHED_AT DESC without, unless given; ties are broken by id.")
            .Argument<IntGraphType>("first", $"How many hits: 0 to {PageRequest.MaxPageSize}, default {PageRequest.DefaultPageSize}.")
            .Argument<StringGraphType>("after", "Resume after this cursor.")
            .ResolveWith<object?, LibraryPage, LibraryQueries>((ctx, q) => q.SearchAsync(
                ctx.GetArgument<string?>("search"), ctx.GetArgument<LibraryWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
        query.Field<NonNullGraphType<LineageGraphType>>("lineage").Allow(AccessRules.Anyone)
            .Description("What an exhibition or research project (anywhere in the federation) builds on and what builds on it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global ID of an Exhibition or a ResearchProject.")
            .Resolve(ctx =>
            {
                var id = GlobalId.Parse(ctx.GetArgument<string>("id"));
                if (id.Type is not ("Exhibition" or "ResearchProject"))
                    throw new ProfD.Schema.Errors.BadUserInputException($"'{id}' is the ID of a {id.Type}; lineage is about exhibitions and research projects.", "id");
                return new LineageOf(id.ToString());
            });
    }
}
