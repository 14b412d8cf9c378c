using System.Net;
using System.Text;
using ProfD.Schema.Errors;
using static ProfD.Schema.Tests.Http.GraphQLHttpClientExtensions;

namespace ProfD.Schema.Tests.Http;

/// <summary>Requests that are not well-formed GraphQL-over-HTTP requests get a 4xx and a GraphQL-shaped error.</summary>
public sealed class GraphQLHttpRefusalTests(GraphQLTestServerFixture server) : IClassFixture<GraphQLTestServerFixture>
{
    [Theory]
    [InlineData("NONSENSE")]
    [InlineData("""{"query":""")]
    [InlineData("")]
    public async Task Post_MalformedJson_Returns400(string body)
    {
        var response = await server.Client.PostGraphQLAsync(body);

        AssertRefused(response, 400, GraphQLResponseJson);
    }

    [Theory]
    [InlineData("""{"qeury":"{ __typename }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":7}""")]
    [InlineData("""{"query":{"text":"{ __typename }"}}""")]
    [InlineData("""{"query":"{ __typename }","operationName":7}""")]
    [InlineData("\"{ __typename }\"")]
    public async Task Post_MissingOrNonStringQuery_Returns400(string body)
    {
        var response = await server.Client.PostGraphQLAsync(body);

        AssertRefused(response, 400, GraphQLResponseJson);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Post_MissingQuery_Returns400WhicheverMediaType(string accept)
    {
        var response = await server.Client.PostGraphQLAsync("""{"variables":{}}""", accept);

        AssertRefused(response, 400, accept);
        Assert.Contains("query", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData("[7]")]
    [InlineData("\"name\"")]
    [InlineData("7")]
    public async Task Post_VariablesNotAnObject_Returns400(string variables)
    {
        var body = $$"""{"query":"query($name: String!) { hello(name: $name) }","variables":{{variables}}}""";

        var response = await server.Client.PostGraphQLAsync(body);

        AssertRefused(response, 400, GraphQLResponseJson);
        Assert.Contains("variables", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData("[7]")]
    [InlineData("{not json")]
    public async Task Get_VariablesNotAJsonObject_Returns400(string variables)
    {
        var response = await server.Client.GetGraphQLAsync("query($name: String!) { hello(name: $name) }", variables);

        AssertRefused(response, 400, GraphQLResponseJson);
    }

    [Fact]
    public async Task Get_WithoutQuery_Returns400()
    {
        var response = await server.Client.SendGraphQLAsync(HttpMethod.Get, "/graphql");

        AssertRefused(response, 400, GraphQLResponseJson);
    }

    [Fact]
    public async Task Get_ParameterGivenTwice_Returns400()
    {
        var response = await server.Client.SendGraphQLAsync(HttpMethod.Get, "/graphql?query=%7B__typename%7D&query=%7B__typename%7D");

        AssertRefused(response, 400, GraphQLResponseJson);
    }

    [Fact]
    public async Task Get_Mutation_Returns405AllowingPost()
    {
        var response = await server.Client.GetGraphQLAsync("""mutation { rename(name: "Ada") }""");

        AssertRefused(response, 405, GraphQLResponseJson);
        Assert.Equal("POST", response.Allow);
    }

    [Fact]
    public async Task Get_MutationSelectedByOperationName_Returns405AllowingPost()
    {
        var response = await server.Client.GetGraphQLAsync(
            """query Read { hello(name: "Ada") } mutation Write { rename(name: "Ada") }""", operationName: "Write");

        AssertRefused(response, 405, GraphQLResponseJson);
        Assert.Equal("POST", response.Allow);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethod_Returns405AllowingGetAndPost(string method)
    {
        var content = new StringContent(RequestBody("{ __typename }"), Encoding.UTF8, Json);

        var response = await server.Client.SendGraphQLAsync(new HttpMethod(method), "/graphql", content: content);

        AssertRefused(response, 405, GraphQLResponseJson);
        Assert.Equal("GET, POST", response.Allow);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Post_ContentTypeOtherThanJson_Returns415(string contentType)
    {
        var response = await server.Client.PostGraphQLAsync(RequestBody("{ __typename }"), contentType: contentType);

        AssertRefused(response, 415, GraphQLResponseJson);
    }

    [Fact]
    public async Task Post_WithoutContentType_Returns415()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(RequestBody("{ __typename }")));

        var response = await server.Client.SendGraphQLAsync(HttpMethod.Post, "/graphql", content: content);

        AssertRefused(response, 415, GraphQLResponseJson);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/html, application/xml;q=0.9")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task Post_AcceptingNeitherMediaType_Returns406(string accept)
    {
        var response = await server.Client.PostGraphQLAsync(RequestBody("{ __typename }"), accept);

        AssertRefused(response, 406, Json);
    }

    [Fact]
    public async Task Post_BodyOverTheLimitWithContentLength_Returns413()
    {
        var response = await server.Client.PostGraphQLAsync(OversizeBody());

        AssertRefused(response, 413, GraphQLResponseJson);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Returns413()
    {
        var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(OversizeBody()));

        var response = await server.Client.SendGraphQLAsync(HttpMethod.Post, "/graphql", content: content);

        AssertRefused(response, 413, GraphQLResponseJson);
    }

    [Fact]
    public async Task Post_ChunkedBodyUnderTheLimit_Returns200()
    {
        var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(RequestBody("""{ hello(name: "Ada") }""")));

        var response = await server.Client.SendGraphQLAsync(HttpMethod.Post, "/graphql", content: content);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("Hello, Ada!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    private static string OversizeBody() =>
        RequestBody("{ __typename }", new { padding = new string('x', GraphQLTestServer.MaxRequestBodyBytes) });

    private static void AssertRefused(GraphQLHttpResponse response, int statusCode, string mediaType)
    {
        Assert.Equal(statusCode, response.StatusCode);
        Assert.Equal(mediaType, response.MediaType);
        Assert.False(response.HasData);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(response.ErrorCodes));
        Assert.False(string.IsNullOrWhiteSpace(response.FirstErrorMessage));
    }

    /// <summary>A body sent without Content-Length (chunked), so the server has to count the bytes itself.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            this.bytes = bytes;
            Headers.ContentType = new(Json);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
