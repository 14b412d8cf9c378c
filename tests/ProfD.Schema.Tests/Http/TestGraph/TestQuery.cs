using GraphQL;
using GraphQL.Types;
using ProfD.Schema.Errors;

namespace ProfD.Schema.Tests.Http.TestGraph;

public sealed class TestQuery : ObjectGraphType
{
    public const string LeakyMessage = "SELECT secret FROM teachers failed";

    public TestQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<StringGraphType>>("hello")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Resolve(context => $"Hello, {context.GetArgument<string>("name")}!");
        Field<NestedType>("nested")
            .Resolve(_ => 1);
        Field<StringGraphType>("missingExhibition")
            .Resolve(_ => throw new NotFoundException("No exhibition has the ID uclioe:Exhibition:missing."));
        Field<StringGraphType>("broken")
            .Resolve(_ => throw new InvalidOperationException(LeakyMessage));
    }
}
