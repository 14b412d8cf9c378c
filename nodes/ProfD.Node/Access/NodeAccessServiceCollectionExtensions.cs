using ProfD.Schema.Identity;

namespace ProfD.Node.Access;

/// <summary>Who the caller is (the hub's tokens) and what they may do here (the node's rules).</summary>
internal static class NodeAccessServiceCollectionExtensions
{
    /// <summary>The hub whose tokens the node accepts; without it every caller is anonymous.</summary>
    public const string HubKey = "Node:Identity:Hub";

    public static IServiceCollection AddNodeAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFederationTokenValidation(configuration.GetValue<Uri?>(HubKey));
        services.AddScoped<CallerRelations>();
        services.AddScoped<AccessLookups>();
        services.AddScoped<MediaAccess>();
        return services;
    }
}
