using System.Text.Json;
using ProfD.Schema.Errors;
using static ProfD.Schema.Tests.Http.GraphQLHttpClientExtensions;

namespace ProfD.Schema.Tests.Http;

/// <summary>A POST body that is a JSON array runs each request in order and answers with an array.</summary>
public sealed class GraphQLHttpBatchTests(GraphQLTestServerFixture server) : IClassFixture<GraphQLTestServerFixture>
{
    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Post_BatchOfTwo_ReturnsAnArrayOfTwoResultsInOrder(string accept)
    {
        var body = Batch(
            RequestBody("""{ hello(name: "Ada") }"""),
            RequestBody("mutation Rename($name: String!) { rename(name: $name) }", new { name = "Grace" }));

        var response = await server.Client.PostGraphQLAsync(body, accept);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal(JsonValueKind.Array, response.Json.ValueKind);
        Assert.Equal(2, response.Json.GetArrayLength());
        Assert.Equal("Hello, Ada!", response.Json[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Renamed to Grace.", response.Json[1].GetProperty("data").GetProperty("rename").GetString());
    }

    [Fact]
    public async Task Post_BatchWithAFailingRequest_ReportsTheErrorInItsOwnResult()
    {
        var body = Batch(RequestBody("{ goodbye }"), RequestBody("""{ hello(name: "Ada") }"""));

        var response = await server.Client.PostGraphQLAsync(body);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        var first = response.Json[0];
        Assert.False(first.TryGetProperty("data", out _));
        Assert.Equal(ErrorCodes.ValidationFailed, first.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Hello, Ada!", response.Json[1].GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_EmptyBatch_Returns400()
    {
        var response = await server.Client.PostGraphQLAsync("[]");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task Post_BatchWithAMalformedRequest_Returns400()
    {
        var response = await server.Client.PostGraphQLAsync(Batch(RequestBody("{ __typename }"), """{"query":7}"""));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task Post_BatchLargerThanMaxBatchSize_Returns400()
    {
        await using var small = await GraphQLTestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Http:MaxBatchSize"] = "2" });
        var body = Batch(RequestBody("{ __typename }"), RequestBody("{ __typename }"), RequestBody("{ __typename }"));

        var response = await small.Client.PostGraphQLAsync(body);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(response.ErrorCodes));
        Assert.Contains("at most 2", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Post_BatchWhenBatchingIsDisabled_Returns400()
    {
        await using var unbatched = await GraphQLTestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Http:EnableBatching"] = "false" });

        var response = await unbatched.Client.PostGraphQLAsync(Batch(RequestBody("{ __typename }"), RequestBody("{ __typename }")));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.False(response.HasData);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task Post_SingleRequestWhenBatchingIsDisabled_Returns200()
    {
        await using var unbatched = await GraphQLTestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Http:EnableBatching"] = "false" });

        var response = await unbatched.Client.PostGraphQLAsync(RequestBody("""{ hello(name: "Ada") }"""));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("Hello, Ada!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    private static string Batch(params string[] requests) => "[" + string.Join(',', requests) + "]";
}
