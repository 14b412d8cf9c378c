using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProfD.Schema.Hosting;
using ProfD.Schema.Http;
using ProfD.Trust.Access;
using ProfD.Trust.Accreditation;
using ProfD.Trust.Community;
using ProfD.Trust.Dashboard;
using ProfD.Trust.Data;
using ProfD.Trust.Graph;
using ProfD.Trust.Harvesting;
using ProfD.Trust.Identity;
using ProfD.Trust.Library;
using ProfD.Trust.Lineage;
using ProfD.Trust.Nations;
using ProfD.Trust.Provocations;
using ProfD.Trust.Registry;
using ProfD.Trust.Triangles;

namespace ProfD.Trust.Hosting;

/// <summary>Builds the trust's node: what <c>Program.cs</c>, <c>profd trust</c>, <c>profd demo</c> and the tests run.</summary>
internal static class TrustApplication
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddTrustServices();
        var app = builder.Build();
        app.MapTrustEndpoints();
        return app;
    }

    public static WebApplicationBuilder AddTrustServices(this WebApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton<TrustProfile>();
        builder.Services.AddProfDTelemetry(builder.Configuration, "profd-trust");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddTrustDatabase(options);
        builder.Services.AddProfDGraphQL<TrustSchema>(builder.Configuration);
        builder.Services.AddGraphQLHttp(builder.Configuration);
        builder.Services.AddScoped<EntityLoader>();
        builder.Services.AddTrustAccess();
        builder.AddRegistry();
        builder.AddHarvesting();
        builder.Services.AddScoped<NationService>();
        builder.Services.AddScoped<TriangleRules>().AddScoped<TriangleService>().AddScoped<TriangleLoader>().AddScoped<SchoolDirectoryQueries>();
        builder.Services.AddScoped<AccreditationRules>().AddScoped<AccreditationService>().AddScoped<AccreditationLoader>();
        builder.Services.AddScoped<LibraryQueries>().AddScoped<LibraryLoader>().AddScoped<LineageLoader>();
        builder.Services.AddScoped<ProvocationService>();
        builder.Services.AddScoped<CommunityRules>().AddScoped<CommunityService>();
        // The programme figures count the nodes' candidates, which nodes show the harvester: same client, same token.
        builder.Services.AddTransient(sp => new NodeFigures(
            new NodeClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(ChangeFeedHarvester.HttpClientName), sp.GetRequiredService<IOptions<TrustOptions>>())));
        builder.Services.AddScoped<DashboardService>();
        builder.AddTrustIdentity();
        return builder;
    }

    public static WebApplication MapTrustEndpoints(this WebApplication app)
    {
        // Authentication runs once, inside: twice would redeem the institution callback's state twice.
        app.MapTrustIdentity();
        app.MapGraphQLHttp("/graphql");
        app.MapGet("/health", (TrustProfile trust) => Results.Ok(new { status = "ok", trust = trust.Code }));
        return app;
    }

    private static void AddRegistry(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<NodeClient>(NodeClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.Services.AddTransient<NodeProbe>();
        builder.Services.AddScoped<InstitutionQueries>().AddScoped<RegistryMutations>().AddScoped<InstitutionLoader>();
        builder.Services.AddSingleton<NodeHealthChecker>();
        builder.Services.AddSingleton<NodeHealthService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NodeHealthService>());
    }

    private static void AddHarvesting(this WebApplicationBuilder builder)
    {
        // The harvester calls the nodes with the hub's token for profd-harvester; health checks and probes go without.
        builder.Services.AddSingleton<HarvesterAccessToken>().AddTransient<HarvesterTokenHandler>();
        builder.Services.AddHttpClient(HarvesterAccessToken.HttpClientName);
        builder.Services.AddHttpClient(ChangeFeedHarvester.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).AddHttpMessageHandler<HarvesterTokenHandler>();
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ChangeFeedHarvester>(sp,
            new NodeClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(ChangeFeedHarvester.HttpClientName), sp.GetRequiredService<IOptions<TrustOptions>>())));
        builder.Services.AddSingleton<HarvestService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HarvestService>());
    }

    // Read now: the database registration depends on them, and a bad value must stop the start with its message.
    private static TrustOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(TrustOptions.Section).Get<TrustOptions>() ?? new TrustOptions();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            throw new OptionsValidationException(TrustOptions.Section, typeof(TrustOptions), results.Select(r => r.ErrorMessage ?? "invalid"));
        return options;
    }
}
