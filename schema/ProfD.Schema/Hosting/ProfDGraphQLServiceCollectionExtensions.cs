using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProfD.Schema.Errors;
using ProfD.Schema.Filtering.GraphTypes;
using ProfD.Schema.Paging.GraphTypes;
using ProfD.Schema.Limits;
using ProfD.Schema.Loading;

namespace ProfD.Schema.Hosting;

/// <summary>The GraphQL set-up every ProfD server shares.</summary>
public static class ProfDGraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TSchema"/> as an Apollo Federation v2 subgraph with ProfD's error model, depth and
    /// complexity limits (from <see cref="GraphQLLimitsOptions"/>), per-request batch loading and serial execution,
    /// plus every graph type in the schema's assembly.
    /// </summary>
    /// <remarks>
    /// Queries run serially: resolvers share the request's DbContext, and batch loading already gives one query per
    /// level, so running siblings in parallel would buy nothing but races.
    /// </remarks>
    public static IServiceCollection AddProfDGraphQL<TSchema>(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<GraphQL.DI.IGraphQLBuilder>? configure = null)
        where TSchema : class, ISchema
    {
        services.AddOptions<GraphQLLimitsOptions>()
            .Bind(configuration.GetSection(GraphQLLimitsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<BatchLoaderRegistry>();
        // The shared generic graph types are closed per entity (SchoolConnection, EconomyFilter, …) when the schema is built.
        services.AddTransient(typeof(ConnectionGraphType<,>));
        services.AddTransient(typeof(EdgeGraphType<,>));
        services.AddTransient(typeof(OrderByGraphType<>));
        services.AddTransient(typeof(EnumFilterGraphType<,>));

        services.AddGraphQL(builder =>
        {
            builder
                .AddSchema<TSchema>()
                .AddSystemTextJson()
                .AddErrorInfoProvider<ProfDErrorInfoProvider>()
                .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
                .AddComplexityAnalyzer((complexity, provider) =>
                {
                    var limits = provider.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
                    complexity.MaxDepth = limits.MaxDepth;
                    complexity.MaxComplexity = limits.MaxComplexity;
                })
                .AddFederation("2.3")
                .AddGraphTypes(typeof(ProfDGraphQLServiceCollectionExtensions).Assembly)
                .AddGraphTypes(typeof(TSchema).Assembly);
            configure?.Invoke(builder);
        });
        return services;
    }
}
