using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ProfD.Schema.Http;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL over HTTP at <paramref name="pattern"/> as the GraphQL-over-HTTP specification describes:
    /// <list type="bullet">
    /// <item>POST with <c>Content-Type: application/json</c> and a body <c>{"query", "operationName", "variables",
    /// "extensions"}</c>, or a JSON array of them (a batch, when <see cref="GraphQLHttpOptions.EnableBatching"/>);</item>
    /// <item>GET with the same parameters in the query string (<c>variables</c> and <c>extensions</c> as JSON), for
    /// queries only: a mutation over GET gets <c>405</c> with <c>Allow: POST</c>; any other method gets <c>405</c>
    /// with <c>Allow: GET, POST</c>;</item>
    /// <item>answers in <c>application/graphql-response+json</c> or <c>application/json</c>, as the <c>Accept</c>
    /// header prefers (<c>application/graphql-response+json</c> when it is absent or a wildcard), or <c>406</c>
    /// when it accepts neither.</item>
    /// </list>
    /// A request that is not well-formed gets a <c>4xx</c> status and a GraphQL-shaped body
    /// <c>{"errors":[{"message", "extensions":{"code":"BAD_USER_INPUT"}}]}</c>. With
    /// <c>application/graphql-response+json</c>, a document that does not parse or validate gets <c>400</c>; every
    /// other response to a well-formed request is <c>200</c>.
    /// </summary>
    /// <remarks>Needs <see cref="GraphQLHttpServiceCollectionExtensions.AddGraphQLHttp"/> and a GraphQL.NET schema
    /// registration such as <c>AddProfDGraphQL&lt;TSchema&gt;()</c>.</remarks>
    /// <returns>The endpoint's convention builder, for authorization, CORS or rate-limiting policies.</returns>
    /// <exception cref="InvalidOperationException"><see cref="GraphQLHttpServiceCollectionExtensions.AddGraphQLHttp"/> was not called.</exception>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var handler = endpoints.ServiceProvider.GetService<GraphQLHttpHandler>()
            ?? throw new InvalidOperationException("Call services.AddGraphQLHttp(configuration) before MapGraphQLHttp().");
        return endpoints.Map(pattern, handler.HandleAsync).WithDisplayName("GraphQL over HTTP");
    }
}
