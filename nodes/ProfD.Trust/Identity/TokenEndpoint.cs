using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Trust.Identity;

/// <summary>
/// <c>/connect/token</c>: client credentials for the harvester; for a person (code, device code, refresh) the identity
/// is rebuilt every time, so a person whose institution left or was suspended gets no new token, and trust roles are current.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, HubPrincipalFactory factory, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID request cannot be read.");
        if (request.IsClientCredentialsGrantType())
        {
            var service = request.ClientId switch
            {
                HubClients.Harvester => HubPrincipalFactory.ForHarvester(request.GetScopes()),
                HubClients.Operator => HubPrincipalFactory.ForOperator(),
                _ => null,
            };
            return service is null
                ? AuthorizeEndpoint.Refuse(Errors.UnauthorizedClient, "Only the trust's harvester and operator use client credentials.")
                : Results.SignIn(service, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (!granted.Succeeded || granted.Principal is null)
            return AuthorizeEndpoint.Refuse(Errors.InvalidGrant, "The grant is no longer valid.");
        try
        {
            var principal = await factory.ForPersonAsync(granted.Principal, granted.Principal.GetScopes(), ct);
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        catch (HubLoginRefusedException ex)
        {
            return AuthorizeEndpoint.Refuse(Errors.InvalidGrant, ex.Message);
        }
    }
}
