using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ProfD.Node.Credentials;

internal static class CredentialServiceCollectionExtensions
{
    /// <summary>
    /// The node's signing keys (files in the data directory, unless a test put another <see cref="ISigningKeyStore"/>
    /// first), the issuer and the verifier, and a start-up step that makes sure the key exists from the first run.
    /// </summary>
    public static IServiceCollection AddNodeCredentials(this IServiceCollection services)
    {
        services.TryAddSingleton<ISigningKeyStore, FileSigningKeyStore>();
        services.AddScoped<CredentialIssuer>();
        services.AddScoped<CredentialVerifications>();
        services.AddHostedService<SigningKeyInitializer>();
        return services;
    }

    /// <summary><c>GET /.well-known/jwks.json</c>: the node's public keys, all a verifier needs.</summary>
    public static IEndpointRouteBuilder MapCredentialEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/.well-known/jwks.json", (ISigningKeyStore keys, HttpResponse response) =>
        {
            // Keys change rarely; an hour lets verifiers cache without missing a rotation for long.
            response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(keys.PublicKeys().ToJson(), "application/jwk-set+json");
        });
        return endpoints;
    }
}
