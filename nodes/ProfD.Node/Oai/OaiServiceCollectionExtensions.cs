using ProfD.Node.Oai;

namespace Microsoft.Extensions.DependencyInjection;

internal static class OaiServiceCollectionExtensions
{
    /// <summary>Registers OAI-PMH: <see cref="OaiOptions"/> from the <c>Oai</c> section (validated at start) and the per-request services.</summary>
    public static IServiceCollection AddOaiPmh(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OaiOptions>()
            .Bind(configuration.GetSection(OaiOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<OaiRepository>();
        services.AddScoped<OaiProtocol>();
        return services;
    }
}
