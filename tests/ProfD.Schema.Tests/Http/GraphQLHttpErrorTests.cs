using GraphQL;
using GraphQL.Validation;
using ProfD.Schema.Errors;
using ProfD.Schema.Tests.Http.TestGraph;
using static ProfD.Schema.Tests.Http.GraphQLHttpClientExtensions;

namespace ProfD.Schema.Tests.Http;

/// <summary>
/// GraphQL errors in well-formed requests: with application/graphql-response+json a request that never executes gets
/// 400, with application/json every well-formed request gets 200; either way the error carries a stable code.
/// </summary>
public sealed class GraphQLHttpErrorTests(GraphQLTestServerFixture server) : IClassFixture<GraphQLTestServerFixture>
{
    [Theory]
    [InlineData(GraphQLResponseJson, 400)]
    [InlineData(Json, 200)]
    public async Task Post_DocumentWithSyntaxError_ReturnsParseFailed(string accept, int statusCode)
    {
        var response = await server.Client.PostGraphQLAsync(RequestBody("{ hello(name: "), accept);

        AssertNotExecuted(response, statusCode, accept, ErrorCodes.ParseFailed);
    }

    [Fact]
    public async Task Get_DocumentWithSyntaxError_Returns400ParseFailed()
    {
        var response = await server.Client.GetGraphQLAsync("{");

        AssertNotExecuted(response, 400, GraphQLResponseJson, ErrorCodes.ParseFailed);
    }

    [Fact]
    public async Task Post_EmptyDocument_Returns400BadUserInput()
    {
        var response = await server.Client.PostGraphQLAsync("""{"query":""}""");

        AssertNotExecuted(response, 400, GraphQLResponseJson, ErrorCodes.BadUserInput);
        Assert.Contains("operation", response.FirstErrorMessage);
    }

    // Regression: GraphQL.NET reports a document deeper than its parser allows as an unhandled (INTERNAL, 500) error.
    [Fact]
    public async Task Get_DocumentNestedBeyondWhatTheParserAllows_Returns400ParseFailed()
    {
        var query = "{ nested " + string.Concat(Enumerable.Repeat("{ child ", 300)) + "{ depth }" + new string('}', 301);

        var response = await server.Client.GetGraphQLAsync(query);

        AssertNotExecuted(response, 400, GraphQLResponseJson, ErrorCodes.ParseFailed);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, 400)]
    [InlineData(Json, 200)]
    public async Task Post_UnknownField_ReturnsValidationFailed(string accept, int statusCode)
    {
        var response = await server.Client.PostGraphQLAsync(RequestBody("{ goodbye }"), accept);

        AssertNotExecuted(response, statusCode, accept, ErrorCodes.ValidationFailed);
        Assert.Contains("goodbye", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Post_UnknownOperationName_Returns400()
    {
        var response = await server.Client.PostGraphQLAsync(RequestBody("query A { __typename }", operationName: "B"));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.False(response.HasData);
        Assert.NotEmpty(response.ErrorCodes);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, 400)]
    [InlineData(Json, 200)]
    public async Task Post_VariableOfTheWrongType_ReturnsBadUserInput(string accept, int statusCode)
    {
        var body = RequestBody("query($name: String!) { hello(name: $name) }", new { name = new[] { 1, 2 } });

        var response = await server.Client.PostGraphQLAsync(body, accept);

        AssertNotExecuted(response, statusCode, accept, ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task Post_QueryDeeperThanTheLimit_ReturnsQueryTooComplex()
    {
        var query = "{ nested " + string.Concat(Enumerable.Repeat("{ child ", GraphQLTestServer.MaxDepth + 1))
            + "{ depth }" + new string('}', GraphQLTestServer.MaxDepth + 2);

        var response = await server.Client.PostGraphQLAsync(RequestBody(query));

        AssertNotExecuted(response, 400, GraphQLResponseJson, ErrorCodes.QueryTooComplex);
    }

    [Fact]
    public async Task Post_QueryAtTheDepthLimit_Returns200()
    {
        var query = "{ nested " + string.Concat(Enumerable.Repeat("{ child ", GraphQLTestServer.MaxDepth - 2))
            + "{ depth }" + new string('}', GraphQLTestServer.MaxDepth - 1);

        var response = await server.Client.PostGraphQLAsync(RequestBody(query));

        Assert.Equal(200, response.StatusCode);
        Assert.Empty(response.ErrorCodes);
    }

    [Fact]
    public async Task Post_QueryOverTheComplexityLimit_ReturnsQueryTooComplex()
    {
        await using var limited = await StartWithComplexityLimitAsync();

        var response = await limited.Client.PostGraphQLAsync(RequestBody(AliasedHellos(MaxComplexity + 1)));

        AssertNotExecuted(response, 400, GraphQLResponseJson, ErrorCodes.QueryTooComplex);
    }

    [Theory]
    [InlineData(MaxComplexity - 1)]
    [InlineData(MaxComplexity)]
    public async Task Post_QueryWithinTheComplexityLimit_Returns200(int fields)
    {
        await using var limited = await StartWithComplexityLimitAsync();

        var response = await limited.Client.PostGraphQLAsync(RequestBody(AliasedHellos(fields)));

        Assert.Equal(200, response.StatusCode);
        Assert.Empty(response.ErrorCodes);
        Assert.Equal("Hello, Ada!", response.Json.GetProperty("data").GetProperty($"h{fields}").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Post_ResolverThrowingProfDException_Returns200WithItsCodeAndMessage(string accept)
    {
        var response = await server.Client.PostGraphQLAsync(RequestBody("{ missingExhibition }"), accept);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal(ErrorCodes.NotFound, Assert.Single(response.ErrorCodes));
        Assert.Equal("No exhibition has the ID uclioe:Exhibition:missing.", response.FirstErrorMessage);
        Assert.Equal("missingExhibition", response.Json.GetProperty("errors")[0].GetProperty("path")[0].GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Json.GetProperty("data").GetProperty("missingExhibition").ValueKind);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Post_ResolverThrowingOtherException_ReturnsInternalWithoutDetails(string accept)
    {
        var response = await server.Client.PostGraphQLAsync(RequestBody("""{ broken hello(name: "Ada") }"""), accept);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal(ErrorCodes.Internal, Assert.Single(response.ErrorCodes));
        Assert.Equal("Hello, Ada!", response.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.DoesNotContain("SELECT", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestQuery.LeakyMessage, response.Body);
        Assert.DoesNotContain(nameof(InvalidOperationException), response.Body);
        Assert.DoesNotContain(" at ", response.Body);
        Assert.DoesNotContain("stack", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, 500)]
    [InlineData(Json, 200)]
    public async Task Post_ServerFailingBeforeExecution_ReturnsInternalWithoutDetails(string accept, int statusCode)
    {
        await using var failing = await GraphQLTestServer.StartAsync(
            configureGraphQL: graphQL => graphQL.AddValidationRule(new FailingValidationRule()));

        var response = await failing.Client.PostGraphQLAsync(RequestBody("""{ hello(name: "Ada") }"""), accept);

        AssertNotExecuted(response, statusCode, accept, ErrorCodes.Internal);
        Assert.DoesNotContain("SELECT", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(nameof(InvalidOperationException), response.Body);
    }

    // Small enough that a query over it fits the test server's request-body limit.
    private const int MaxComplexity = 12;

    private static Task<GraphQLTestServer> StartWithComplexityLimitAsync() =>
        GraphQLTestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxComplexity"] = MaxComplexity.ToString() });

    // Each scalar field costs 1 in GraphQL.NET's complexity analyzer, so n aliased fields cost exactly n.
    private static string AliasedHellos(int count) =>
        "{ " + string.Concat(Enumerable.Range(1, count).Select(i => $"h{i}: hello(name: \"Ada\") ")) + "}";

    private static void AssertNotExecuted(GraphQLHttpResponse response, int statusCode, string mediaType, string code)
    {
        Assert.Equal(statusCode, response.StatusCode);
        Assert.Equal(mediaType, response.MediaType);
        Assert.False(response.HasData);
        Assert.Equal(code, Assert.Single(response.ErrorCodes));
    }

    private sealed class FailingValidationRule : ValidationRuleBase
    {
        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
            throw new InvalidOperationException(TestQuery.LeakyMessage);
    }
}
