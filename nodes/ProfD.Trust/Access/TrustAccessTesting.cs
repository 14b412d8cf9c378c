using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ProfD.Trust.Access;

/// <summary>
/// For tests written before the login existed, which run everything anonymously: every rule allows, and the
/// <c>actingPerson</c> argument is taken at its word. Production code never calls this.
/// </summary>
internal static class TrustAccessTesting
{
    public static IServiceCollection PermitAll(IServiceCollection services)
    {
        services.RemoveAll<TrustAccessPolicy>();
        return services.AddSingleton(new TrustAccessPolicy { PermitsEverything = true });
    }
}
