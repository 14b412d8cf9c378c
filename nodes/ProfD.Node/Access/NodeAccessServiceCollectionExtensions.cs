using Microsoft.Extensions.Options;
using ProfD.Schema.Identity;

namespace ProfD.Node.Access;

/// <summary>Who the caller is (the hub's tokens) and what they may do here (the node's rules).</summary>
internal static class NodeAccessServiceCollectionExtensions
{
    /// <summary>The hub whose tokens the node accepts (an absolute http(s) URL); unset by default, and then every caller is anonymous.</summary>
    public const string HubKey = "Node:Identity:Hub";

    public static IServiceCollection AddNodeAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFederationTokenValidation(ReadHub(configuration));
        services.AddScoped<CallerRelations>();
        services.AddScoped<AccessLookups>();
        services.AddScoped<MediaAccess>();
        services.AddScoped<VisibleRows>();
        return services;
    }

    // Read now: a hub that is not an absolute http(s) URL must stop the start with its key in the message.
    private static Uri? ReadHub(IConfiguration configuration)
    {
        var text = configuration[HubKey];
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var hub) && hub.Scheme is "http" or "https") return hub;
        throw new OptionsValidationException(HubKey, typeof(Uri), [$"{HubKey} must be the hub's absolute http(s) URL; '{text}' is not."]);
    }
}
