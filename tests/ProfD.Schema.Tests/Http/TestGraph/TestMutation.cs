using GraphQL;
using GraphQL.Types;

namespace ProfD.Schema.Tests.Http.TestGraph;

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";
        Field<NonNullGraphType<StringGraphType>>("rename")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Resolve(context => $"Renamed to {context.GetArgument<string>("name")}.");
    }
}
