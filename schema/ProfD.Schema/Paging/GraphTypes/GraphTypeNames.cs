using GraphQL.Types;

namespace ProfD.Schema.Paging.GraphTypes;

/// <summary>The GraphQL name a graph type class will have, from the ProfD naming rule <c>SchoolGraphType</c> → <c>School</c>.</summary>
internal static class GraphTypeNames
{
    public static string Of<TGraphType>() where TGraphType : IGraphType
    {
        var name = typeof(TGraphType).Name;
        foreach (var suffix in new[] { "GraphType", "Type" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
                return name[..^suffix.Length];
        }
        return name;
    }
}
