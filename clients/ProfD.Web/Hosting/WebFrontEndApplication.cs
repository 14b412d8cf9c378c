using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using ProfD.Client;
using ProfD.Web.Gateway;
using ProfD.Web.Identity;
using ProfD.Web.Layout;
using ProfD.Web.MyWork;

namespace ProfD.Web.Hosting;

/// <summary>Builds the web front-end: what <c>Program.cs</c>, <c>profd demo</c> and the tests run.</summary>
internal static class WebFrontEndApplication
{
    private const string GatewayClientName = "gateway";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddWebFrontEndServices();
        var app = builder.Build();
        app.MapWebFrontEnd();
        return app;
    }

    public static WebApplicationBuilder AddWebFrontEndServices(this WebApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.TryAddTimeProvider();
        builder.Services.AddHttpClient(GatewayClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddTransient(services => new ProfDClient(
            services.GetRequiredService<IHttpClientFactory>().CreateClient(GatewayClientName),
            new ProfDClientOptions { Endpoint = options.GatewayEndpoint },
            services.GetRequiredService<HubAccessTokenProvider>(),
            services.GetRequiredService<TimeProvider>()));
        builder.Services.AddWebLogin(options.HubIssuer);
        builder.Services.AddSingleton<NodeAddresses>();
        builder.Services.AddHttpClient(MediaAvailability.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton<MediaAvailability>();
        builder.Services.AddHttpClient(MediaUploadEndpoint.HttpClientName, http => http.Timeout = TimeSpan.FromMinutes(10));
        builder.Services.AddScoped<GatewayReader>();
        builder.Services.AddRazorComponents();
        return builder;
    }

    public static WebApplication MapWebFrontEnd(this WebApplication app)
    {
        var hub = app.Services.GetRequiredService<IOptions<WebFrontEndOptions>>().Value.HubIssuer;
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        if (hub is not null)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }
        app.UseAntiforgery();
        app.MapWebLogin(hub);
        app.MapMediaUpload();
        app.MapGet(SiteStylesheet.Path, SiteStylesheet.Serve);
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        app.MapRazorComponents<App>();
        return app;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }

    // Read now: a bad value must stop the start with its message, not the first page view.
    private static WebFrontEndOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(WebFrontEndOptions.Section).Get<WebFrontEndOptions>() ?? new WebFrontEndOptions();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            throw new OptionsValidationException(WebFrontEndOptions.Section, typeof(WebFrontEndOptions), results.Select(r => r.ErrorMessage ?? "invalid"));
        return options;
    }
}
