using GraphQL.Types;

namespace ProfD.Node.Changes;

internal sealed class ChangeFeedGraphType : ObjectGraphType<ChangeFeedPage>
{
    public ChangeFeedGraphType()
    {
        Name = "ChangeFeed";
        Description = "A page of the change feed, oldest change first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeGraphType>>>>("changes").Resolve(ctx => ctx.Source.Changes);
        Field<StringGraphType>("endCursor")
            .Description("Resume after this: the last change's cursor, or the 'after' given when the page is empty (null only then and at the very start).")
            .Resolve(ctx => ctx.Source.EndCursor);
        Field<NonNullGraphType<BooleanGraphType>>("hasMore")
            .Description("Whether more changes follow this page now; ask again later when false.")
            .Resolve(ctx => ctx.Source.HasMore);
    }
}
