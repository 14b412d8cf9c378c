using GraphQL.Federation;
using GraphQL.Types;

namespace ProfD.Schema.Paging.GraphTypes;

/// <summary>The Relay <c>PageInfo</c> type.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    /// <summary>Declares the fields.</summary>
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in its list.";
        // Every ProfD subgraph serves this same type: Federation 2 composition (ours, Apollo's, Hive's) needs it shareable.
        this.Shareable();
        Field(x => x.HasNextPage).Description("More rows follow this page.");
        Field(x => x.HasPreviousPage).Description("Rows come before this page.");
        Field(x => x.StartCursor, nullable: true).Description("The cursor of the first row of the page.");
        Field(x => x.EndCursor, nullable: true).Description("The cursor of the last row; pass it as `after` for the next page.");
    }
}
