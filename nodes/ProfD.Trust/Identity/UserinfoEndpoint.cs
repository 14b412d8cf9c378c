using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using ProfD.Schema.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Trust.Identity;

/// <summary><c>/connect/userinfo</c>: what the access token says about the person, by the scopes it was granted.</summary>
internal static class UserinfoEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null)
            return AuthorizeEndpoint.Refuse(Errors.InvalidToken, "The access token is invalid or expired.");
        var principal = result.Principal;
        var claims = new Dictionary<string, object?>(StringComparer.Ordinal) { [FederationClaims.Subject] = principal.GetClaim(Claims.Subject) };
        if (principal.HasScope(Scopes.Profile)) claims[FederationClaims.Name] = principal.GetClaim(FederationClaims.Name);
        if (principal.HasScope(Scopes.Email)) claims[FederationClaims.Email] = principal.GetClaim(FederationClaims.Email);
        if (principal.HasScope(FederationScopes.Affiliation))
        {
            claims[FederationClaims.Affiliation] = principal.GetClaim(FederationClaims.Affiliation);
            claims[FederationClaims.HomeInstitution] = principal.GetClaim(FederationClaims.HomeInstitution);
        }
        if (principal.HasScope(FederationScopes.Roles)) claims[FederationClaims.Role] = principal.GetClaims(FederationClaims.Role).ToArray();
        return Results.Json(claims.Where(c => c.Value is not null).ToDictionary());
    }
}
