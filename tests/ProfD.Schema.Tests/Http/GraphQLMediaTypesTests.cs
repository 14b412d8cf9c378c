using Microsoft.Extensions.Primitives;
using ProfD.Schema.Http;

namespace ProfD.Schema.Tests.Http;

public sealed class GraphQLMediaTypesTests
{
    [Theory]
    [InlineData(null, GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("*/*", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/*", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/json", GraphQLMediaTypes.Json)]
    [InlineData("APPLICATION/JSON", GraphQLMediaTypes.Json)]
    [InlineData("application/graphql-response+json", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLMediaTypes.Json)]
    [InlineData("application/graphql-response+json, application/json", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/json;q=0.9, application/graphql-response+json;q=0.8", GraphQLMediaTypes.Json)]
    [InlineData("*/*, application/json", GraphQLMediaTypes.Json)]
    [InlineData("application/*;q=0.5, application/json;q=0", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("text/html", null)]
    [InlineData("application/json;q=0", null)]
    public void Negotiate_AcceptHeader_PicksTheExpectedMediaType(string? accept, string? expected)
    {
        Assert.Equal(expected, GraphQLMediaTypes.Negotiate(accept is null ? StringValues.Empty : new StringValues(accept)));
    }

    [Fact]
    public void Negotiate_SeveralAcceptHeaders_ReadsThemAsOneList()
    {
        Assert.Equal(GraphQLMediaTypes.Json, GraphQLMediaTypes.Negotiate(new StringValues(["text/html", "application/json"])));
    }
}
