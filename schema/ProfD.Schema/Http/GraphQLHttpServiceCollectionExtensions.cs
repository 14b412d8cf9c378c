using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ProfD.Schema.Http;

/// <summary>Registers the GraphQL-over-HTTP endpoint's services.</summary>
public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers what <see cref="GraphQLHttpEndpointRouteBuilderExtensions.MapGraphQLHttp"/> needs: the
    /// <see cref="GraphQLHttpOptions"/> bound from <c>GraphQL:Http</c> (validated at start-up) and the request handler.
    /// Call it beside <c>AddProfDGraphQL&lt;TSchema&gt;()</c>, which registers the schema and executer the endpoint runs.
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLHttpOptions>()
            .Bind(configuration.GetSection(GraphQLHttpOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }
}
