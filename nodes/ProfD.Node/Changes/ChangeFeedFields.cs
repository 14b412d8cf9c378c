using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;

namespace ProfD.Node.Changes;

/// <summary>The root field of the change feed.</summary>
internal static class ChangeFeedFields
{
    public static void AddChangeFeedQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ChangeFeedGraphType>, ChangeFeedPage>("changes")
            .Description(
                "Every change to what this node shows the public (schools, published exhibitions, mentors' profiles), in "
                + "the order committed. Harvest by passing the last endCursor as 'after'; no change is ever skipped or reordered.")
            .Argument<StringGraphType>("after", "Resume after this cursor (a Change.cursor or ChangeFeed.endCursor); from the start when null.")
            .Argument<IntGraphType>("first", $"How many changes: 1 to {ChangeFeedQueries.MaxPageSize}.", a => a.DefaultValue = ChangeFeedQueries.DefaultPageSize)
            .ResolveWith<object?, ChangeFeedPage, ChangeFeedQueries>((ctx, q) =>
                q.PageAsync(ctx.GetArgument<string?>("after"), ctx.GetArgument<int?>("first"), ctx.CancellationToken)!);
    }
}
