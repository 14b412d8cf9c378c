using GraphQL.Types;

namespace ProfD.Schema.Paging.GraphTypes;

/// <summary>ASC or DESC.</summary>
public sealed class SortDirectionGraphType : EnumerationGraphType<SortDirection>
{
    /// <summary>Names the type.</summary>
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Description = "Which way a sort field runs; ties are always broken by id, ascending.";
    }
}
