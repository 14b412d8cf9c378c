using static ProfD.Schema.Tests.Http.GraphQLHttpClientExtensions;

namespace ProfD.Schema.Tests.Http;

/// <summary>Well-formed requests over GET and POST, and the media type of the answer.</summary>
public sealed class GraphQLHttpEndpointTests(GraphQLTestServerFixture server) : IClassFixture<GraphQLTestServerFixture>
{
    private const string HelloAda = """{ hello(name: "Ada") }""";

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Post_Query_Returns200WithDataInTheAcceptedMediaType(string accept)
    {
        var response = await server.Client.PostGraphQLAsync(RequestBody(HelloAda), accept);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Empty(response.ErrorCodes);
        Assert.Equal("Hello, Ada!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(null, GraphQLResponseJson)]
    [InlineData("*/*", GraphQLResponseJson)]
    [InlineData("application/*", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", Json)]
    [InlineData("application/json, */*", Json)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("text/html, application/json;charset=utf-8", Json)]
    public async Task Post_AcceptHeader_PicksTheResponseMediaType(string? accept, string expected)
    {
        var response = await server.Client.PostGraphQLAsync(RequestBody(HelloAda), accept);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(expected, response.MediaType);
    }

    [Fact]
    public async Task Post_ContentTypeWithCharset_IsAccepted()
    {
        var response = await server.Client.PostGraphQLAsync(RequestBody(HelloAda), contentType: "application/json; charset=utf-8");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("Hello, Ada!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_QueryWithVariablesAndOperationName_RunsTheNamedOperation()
    {
        var body = RequestBody(
            "query Other { __typename } query Greet($name: String!) { hello(name: $name) }",
            new { name = "Grace" },
            "Greet");

        var response = await server.Client.PostGraphQLAsync(body);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("Hello, Grace!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_Mutation_Returns200WithData()
    {
        var response = await server.Client.PostGraphQLAsync(RequestBody("""mutation { rename(name: "Ada") }"""));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("Renamed to Ada.", response.Json.GetProperty("data").GetProperty("rename").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Get_Query_Returns200WithData(string accept)
    {
        var response = await server.Client.GetGraphQLAsync(HelloAda, accept: accept);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(accept, response.MediaType);
        Assert.Empty(response.ErrorCodes);
        Assert.Equal("Hello, Ada!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_QueryWithVariables_UsesTheVariables()
    {
        var response = await server.Client.GetGraphQLAsync(
            "query Greet($name: String!) { hello(name: $name) }", variables: """{"name":"Grace"}""", operationName: "Greet");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("Hello, Grace!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_QuerySelectedFromADocumentWithAMutation_Returns200()
    {
        var response = await server.Client.GetGraphQLAsync(
            """query Read { hello(name: "Ada") } mutation Write { rename(name: "Ada") }""", operationName: "Read");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("Hello, Ada!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }
}
