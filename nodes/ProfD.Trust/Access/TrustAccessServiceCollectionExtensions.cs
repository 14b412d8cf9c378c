using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ProfD.Trust.Access;

internal static class TrustAccessServiceCollectionExtensions
{
    /// <summary>
    /// The access rules' services. Authentication's core services only: the trust's token validation (the hub's own
    /// tokens) is registered with the login, and sets the default scheme.
    /// </summary>
    public static IServiceCollection AddTrustAccess(this IServiceCollection services)
    {
        services.AddAuthentication();
        services.TryAddSingleton(new TrustAccessPolicy());
        services.TryAddSingleton<TrustAccessMiddleware>();
        return services;
    }
}
