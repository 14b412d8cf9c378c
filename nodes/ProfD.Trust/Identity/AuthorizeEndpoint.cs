using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Trust.Identity;

/// <summary>
/// <c>/connect/authorize</c> (code + PKCE; OpenIddict has checked the client, redirect URI and PKCE before this runs):
/// a person the hub does not know yet chooses their institution first; then the hub issues its code.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, InstitutionProviders providers, HubPrincipalFactory factory, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID request cannot be read.");
        var person = await http.AuthenticateAsync(HubAuthentication.PersonScheme);
        if (!person.Succeeded || person.Principal is null)
        {
            // Resume with the same parameters, whether they came by query or by form.
            var query = new QueryBuilder(request.GetParameters()
                .Where(p => p.Key != "idp")
                .Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString() ?? "")));
            return await InstitutionChoice.ChallengeOrChooseAsync(providers, (string?)request["idp"], "/connect/authorize" + query, ct);
        }
        try
        {
            var principal = await factory.ForPersonAsync(person.Principal, request.GetScopes(), ct);
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        catch (HubLoginRefusedException ex)
        {
            await http.SignOutAsync(HubAuthentication.PersonScheme);
            return Refuse(Errors.AccessDenied, ex.Message);
        }
    }

    public static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
