using GraphQL.Types;

namespace ProfD.Schema.Tests.Http.TestGraph;

/// <summary>A type that nests itself, so a query can be made as deep as a test needs.</summary>
public sealed class NestedType : ObjectGraphType<int>
{
    public NestedType()
    {
        Name = "Nested";
        Field<NonNullGraphType<IntGraphType>>("depth").Resolve(context => context.Source);
        Field<NestedType>("child").Resolve(context => context.Source + 1);
    }
}
