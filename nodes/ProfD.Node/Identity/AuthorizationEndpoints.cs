using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using ProfD.Node.Institution;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Node.Identity;

/// <summary>The passthrough endpoints of the login server: OpenIddict has already checked the request when these run.</summary>
internal static class AuthorizationEndpoints
{
    public static void MapAuthorization(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync);
        app.MapPost("/connect/token", (Delegate)ExchangeAsync);
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync);
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<NodeAccount> users, InstitutionProfile institution)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not handle the authorization request.");
        var login = await context.AuthenticateAsync(NodeLogin.Scheme);
        var account = login.Succeeded ? await users.FindByIdAsync(login.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "") : null;
        // A locked account that still holds a cookie is signed out, not let through.
        if (account is not null && await users.IsLockedOutAsync(account)) account = null;

        if (account is null)
        {
            if (request.HasPromptValue(PromptValues.None))
                return Forbid(Errors.LoginRequired, "The person is not logged in at this institution.");
            var parameters = context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList();
            var again = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = again }, [NodeLogin.Scheme]);
        }

        return Results.SignIn(NodeAccountClaims.PrincipalFor(account, institution.Code, request.GetScopes()),
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // A code or refresh token is honoured only while its account still exists and is not locked; the claims are read afresh.
    private static async Task<IResult> ExchangeAsync(HttpContext context, UserManager<NodeAccount> users, InstitutionProfile institution)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not handle the token request.");
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
            return Forbid(Errors.UnsupportedGrantType, "Only authorization codes and refresh tokens are exchanged here.");

        var granted = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var account = granted?.GetClaim(NodeAccountClaims.AccountId) is { } id ? await users.FindByIdAsync(id) : null;
        if (granted is null || account is null || await users.IsLockedOutAsync(account))
            return Forbid(Errors.InvalidGrant, "The account can no longer sign in.");

        var principal = NodeAccountClaims.PrincipalFor(account, institution.Code, granted.GetScopes());
        principal.SetAuthorizationId(granted.GetAuthorizationId());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(NodeLogin.Scheme);
        // OpenIddict redirects to the client's registered post-logout URI when it asked for one; else to the home page.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
