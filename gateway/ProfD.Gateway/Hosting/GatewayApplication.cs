using System.ComponentModel.DataAnnotations;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using ProfD.Gateway.Execution;
using ProfD.Gateway.Identity;
using ProfD.Gateway.Membership;
using ProfD.Gateway.TrustedDocuments;
using ProfD.Schema.Errors;
using ProfD.Schema.Hosting;
using ProfD.Schema.Http;
using ProfD.Schema.Identity;
using ProfD.Schema.Limits;

namespace ProfD.Gateway.Hosting;

/// <summary>Builds the gateway: what <c>Program.cs</c>, <c>profd gateway</c>, <c>profd demo</c> and the tests run.</summary>
internal static class GatewayApplication
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddGatewayServices();
        var app = builder.Build();
        app.MapGatewayEndpoints();
        return app;
    }

    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<FederationState>();
        builder.Services.AddSingleton<SubgraphClient>();
        builder.Services.AddSingleton<MembershipRefresher>();
        builder.Services.AddSingleton<TrustedDocumentStore>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MembershipRefresher>());
        builder.Services.AddSubgraphHttpClient(options);
        builder.Services.AddFederationTokenValidation(options.HubIssuer);
        builder.Services.AddProfDTelemetry(builder.Configuration, "profd-gateway", GatewayTelemetry.SourceName);

        builder.Services.AddOptions<GraphQLLimitsOptions>()
            .Bind(builder.Configuration.GetSection(GraphQLLimitsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSystemTextJson()
            .AddErrorInfoProvider<ProfDErrorInfoProvider>()
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
            }));
        // The schema is not a service: it is composed from the nodes and swapped as they come and go.
        builder.Services.AddSingleton<IDocumentExecuter<ISchema>, GatewayDocumentExecuter>();
        builder.Services.AddGraphQLHttp(builder.Configuration);
        return builder;
    }

    public static WebApplication MapGatewayEndpoints(this WebApplication app)
    {
        app.UseFederationAuthentication();
        app.UseMiddleware<FormerMemberTokenMiddleware>();
        app.UseMiddleware<TrustedDocumentMiddleware>();
        app.MapGraphiQL();
        app.MapGraphQLHttp("/graphql");
        app.MapGet("/health", (FederationState state) => Results.Ok(GatewayHealth.Of(state.Current)));
        app.MapGet("/health/ready", (FederationState state) => state.Current.Ready
            ? Results.Ok(new { status = "ready" })
            : Results.Json(new { status = "not ready", reason = state.Current.TrustError ?? state.Current.CompositionError ?? "the federation has not been composed yet" }, statusCode: 503));
        return app;
    }

    private static void AddSubgraphHttpClient(this IServiceCollection services, GatewayOptions options)
    {
        services.AddHttpClient(SubgraphClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("subgraph", pipeline =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, options.QueryRetries),
                    Delay = TimeSpan.FromMilliseconds(50),
                    BackoffType = DelayBackoffType.Exponential,
                    // Queries only: a mutation that timed out may have happened, and must not happen twice.
                    ShouldHandle = args => ValueTask.FromResult(
                        options.QueryRetries > 0
                        && args.Context.GetRequestMessage()?.Options.TryGetValue(SubgraphClient.Retryable, out var retryable) == true && retryable
                        && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                });
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.9,
                    MinimumThroughput = 3,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = options.BreakDuration,
                });
                pipeline.AddTimeout(options.NodeTimeout);
            })
            // One circuit per node: a dead node must not open the breaker for the others.
            .SelectPipelineByAuthority();
    }

    // Read now: the HTTP client's resilience depends on them, and a bad value must stop the start with its message.
    private static GatewayOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            throw new OptionsValidationException(GatewayOptions.Section, typeof(GatewayOptions), results.Select(r => r.ErrorMessage ?? "invalid"));
        return options;
    }
}
