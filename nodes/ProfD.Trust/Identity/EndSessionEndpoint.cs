using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace ProfD.Trust.Identity;

/// <summary><c>/connect/endsession</c>: forgets the person at the hub, then back to the client's post-logout URI if it gave a registered one.</summary>
internal static class EndSessionEndpoint
{
    public const string SignedOutPath = "/connect/signed-out";

    public static async Task<IResult> HandleAsync(HttpContext http)
    {
        await http.SignOutAsync(HubAuthentication.PersonScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = SignedOutPath }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
