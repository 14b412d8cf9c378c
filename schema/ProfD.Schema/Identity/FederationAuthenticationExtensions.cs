using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation.AspNetCore;

namespace ProfD.Schema.Identity;

/// <summary>Accepting the hub's access tokens: what every node and the gateway do before running a request.</summary>
public static class FederationAuthenticationExtensions
{
    /// <summary>
    /// Validates bearer tokens issued by <paramref name="hub"/> for the <see cref="FederationScopes.Audience"/> audience,
    /// with the hub's keys from its discovery document. Without a hub every caller is anonymous.
    /// </summary>
    public static IServiceCollection AddFederationTokenValidation(this IServiceCollection services, Uri? hub)
    {
        if (hub is null)
        {
            services.AddAuthentication();
            return services;
        }

        services.AddOpenIddict().AddValidation(validation =>
        {
            validation.SetIssuer(hub);
            validation.AddAudiences(FederationScopes.Audience);
            validation.UseSystemNetHttp();
            validation.UseAspNetCore();
        });
        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        return services;
    }

    /// <summary>
    /// Authenticates every request, and answers 401 with an <c>UNAUTHENTICATED</c> GraphQL error when it carried a token
    /// that did not validate (expired, tampered, another issuer or audience), so nothing runs on a bad token.
    /// </summary>
    public static IApplicationBuilder UseFederationAuthentication(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization.Count > 0 && context.User.Identity?.IsAuthenticated != true)
            {
                await UnauthenticatedResponse.WriteAsync(context, "The access token is invalid or expired; log in again.");
                return;
            }
            await next(context);
        });
        return app;
    }
}
