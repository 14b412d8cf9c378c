using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using ProfD.Schema.Http;

namespace ProfD.Schema.Tests.Http;

public sealed class GraphQLHttpEndpointRouteBuilderExtensionsTests
{
    [Fact]
    public async Task MapGraphQLHttp_WithoutAddGraphQLHttp_ThrowsNamingTheMissingCall()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapGraphQLHttp());

        Assert.Contains("AddGraphQLHttp", error.Message);
    }

    [Fact]
    public async Task MapGraphQLHttp_CustomPattern_ServesThere()
    {
        await using var server = await GraphQLTestServer.StartAsync(pattern: "/api/graphql");

        var atPattern = await server.Client.SendGraphQLAsync(HttpMethod.Post, "/api/graphql", content: TypenameQuery());
        using var atDefault = await server.Client.PostAsync("/graphql", TypenameQuery());

        Assert.Equal(200, atPattern.StatusCode);
        Assert.Equal("Query", atPattern.Json.GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal(404, (int)atDefault.StatusCode);
    }

    private static StringContent TypenameQuery() =>
        new(GraphQLHttpClientExtensions.RequestBody("{ __typename }"), Encoding.UTF8, GraphQLHttpClientExtensions.Json);
}
