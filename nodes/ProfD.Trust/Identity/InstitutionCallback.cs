using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Client.AspNetCore;
using ProfD.Schema.Identity;
using ProfD.Schema.Ids;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Trust.Identity;

/// <summary>
/// <c>/connect/institution-callback</c>: the person's institution has vouched for them. The hub checks that the
/// institution speaks only for its own people and still takes part, remembers the person in its own cookie, and
/// resumes the authorize or verify request that sent them away.
/// </summary>
internal static class InstitutionCallback
{
    public static async Task<IResult> HandleAsync(HttpContext http, InstitutionProviders providers, HubPrincipalFactory factory, ILoggerFactory loggers, CancellationToken ct)
    {
        // Make sure a registration added since start-up is known to the client before it resolves the state.
        await providers.RefreshAsync(ct);
        var result = await http.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null)
            return HubPage.Message("Login failed", $"Your institution's login did not complete: {result.Failure?.Message ?? "no identity came back"}.", StatusCodes.Status400BadRequest);

        var vouched = result.Principal;
        var code = vouched.GetClaim(Claims.Private.ProviderName);
        var subject = vouched.GetClaim(Claims.Subject);
        var home = vouched.GetClaim(FederationClaims.HomeInstitution);
        if (string.IsNullOrEmpty(code) || home != code || !GlobalId.TryParse(subject, out var id) || id.Institution != code)
        {
            loggers.CreateLogger(typeof(InstitutionCallback)).LogWarning(
                "Refused a login: provider {Provider} asserted {Subject} of {Home}", code, subject, home);
            return HubPage.Message("Login refused", $"'{code}' can only vouch for its own people; it sent '{subject}' of '{home}'.", StatusCodes.Status403Forbidden);
        }
        try
        {
            await factory.EnsureActiveAsync(code, ct);
        }
        catch (HubLoginRefusedException ex)
        {
            return HubPage.Message("Login refused", ex.Message, StatusCodes.Status403Forbidden);
        }

        var identity = new ClaimsIdentity(HubAuthentication.PersonScheme, FederationClaims.Name, FederationClaims.Role);
        identity.SetClaim(FederationClaims.Subject, subject).SetClaim(FederationClaims.HomeInstitution, home).SetClaim(HubAuthentication.ProviderClaim, code);
        foreach (var type in new[] { FederationClaims.Name, FederationClaims.Email, FederationClaims.Affiliation })
            if (vouched.GetClaim(type) is { Length: > 0 } value) identity.SetClaim(type, value);
        identity.SetClaims(FederationClaims.Role, [.. vouched.GetClaims(FederationClaims.Role).Where(FederationRoles.InstitutionGranted.Contains)]);
        await http.SignInAsync(HubAuthentication.PersonScheme, new ClaimsPrincipal(identity));

        var next = result.Properties?.RedirectUri;
        return Results.Redirect(InstitutionChoice.IsHubReturnUrl(next) ? next! : "/connect/signed-in");
    }
}
