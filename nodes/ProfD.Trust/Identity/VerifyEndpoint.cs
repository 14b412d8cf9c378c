using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Trust.Identity;

/// <summary>
/// <c>/connect/verify</c>, the device flow's page: the person enters the code their terminal shows, logs in through
/// their institution if the hub does not know them yet, and approves (or refuses) the login.
/// </summary>
internal static class VerifyEndpoint
{
    public const string DonePath = "/connect/verified";

    public static async Task<IResult> HandleAsync(HttpContext http, InstitutionProviders providers, HubPrincipalFactory factory, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID request cannot be read.");
        if (string.IsNullOrEmpty(request.UserCode)) return EnterCode(null);

        var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (!code.Succeeded || code.Principal is null || string.IsNullOrEmpty(code.Principal.GetClaim(Claims.ClientId)))
            return EnterCode("That code is not valid, or it has expired. Check it and try again.");

        var person = await http.AuthenticateAsync(HubAuthentication.PersonScheme);
        if (!person.Succeeded || person.Principal is null)
            return await InstitutionChoice.ChallengeOrChooseAsync(providers, http.Request.Query["idp"], $"/connect/verify?user_code={Uri.EscapeDataString(request.UserCode)}", ct);

        if (!HttpMethods.IsPost(http.Request.Method)) return Approve(request.UserCode, code.Principal.GetClaim(Claims.ClientId)!, person.Principal);

        if (http.Request.Form["decision"] != "approve")
            return Results.Forbid(new AuthenticationProperties { RedirectUri = DonePath + "?refused" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        try
        {
            var principal = await factory.ForPersonAsync(person.Principal, code.Principal.GetScopes(), ct);
            return Results.SignIn(principal, new AuthenticationProperties { RedirectUri = DonePath }, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        catch (HubLoginRefusedException ex)
        {
            await http.SignOutAsync(HubAuthentication.PersonScheme);
            return HubPage.Message("Login refused", ex.Message, StatusCodes.Status403Forbidden);
        }
    }

    public static IResult Done(HttpContext http) => http.Request.Query.ContainsKey("refused")
        ? HubPage.Message("Login refused", "You refused the login. You can close this page.")
        : HubPage.Message("Logged in", "You are logged in. Return to your terminal; you can close this page.");

    private static IResult EnterCode(string? problem) => HubPage.Render("Log in a device",
        (problem is null ? "" : $"<p role=\"alert\">{HubPage.Encode(problem)}</p>") +
        "<form method=\"get\" action=\"/connect/verify\"><label>Code <input name=\"user_code\" autocomplete=\"off\" autofocus></label> <button type=\"submit\">Continue</button></form>",
        problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);

    private static IResult Approve(string userCode, string clientId, System.Security.Claims.ClaimsPrincipal person) => HubPage.Render("Approve the login",
        $"<p>{HubPage.Encode(clientId)} asks to act as {HubPage.Encode(person.GetClaim(ProfD.Schema.Identity.FederationClaims.Name) ?? person.GetClaim(Claims.Subject))} " +
        $"({HubPage.Encode(person.GetClaim(Claims.Subject))}) with the code {HubPage.Encode(userCode)}.</p>" +
        $"<form method=\"post\" action=\"/connect/verify\"><input type=\"hidden\" name=\"user_code\" value=\"{HubPage.Encode(userCode)}\">" +
        "<button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button> <button type=\"submit\" name=\"decision\" value=\"refuse\">Refuse</button></form>");
}
