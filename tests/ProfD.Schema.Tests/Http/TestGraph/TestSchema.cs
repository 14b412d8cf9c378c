using GraphQL.Types;

namespace ProfD.Schema.Tests.Http.TestGraph;

/// <summary>A small schema that exercises every path of the HTTP endpoint.</summary>
public sealed class TestSchema : GraphQL.Types.Schema
{
    public TestSchema(IServiceProvider services, TestQuery query, TestMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
