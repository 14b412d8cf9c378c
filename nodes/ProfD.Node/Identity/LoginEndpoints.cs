using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using ProfD.Node.Institution;

namespace ProfD.Node.Identity;

/// <summary>GET and POST <c>/account/login</c>: the form, and checking the password against the account's hash and lockout.</summary>
internal static class LoginEndpoints
{
    // Hashed once, checked for unknown e-mails, so that they take as long as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<NodeAccount>().HashPassword(new NodeAccount(), Guid.NewGuid().ToString()));

    public static void MapLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet(NodeLogin.LoginPath, (HttpContext context, IAntiforgery antiforgery, InstitutionProfile institution, string? returnUrl) =>
            Page(context, antiforgery, institution, returnUrl, error: null));

        app.MapPost(NodeLogin.LoginPath, LogInAsync);
    }

    private static async Task<IResult> LogInAsync(
        HttpContext context, IAntiforgery antiforgery, InstitutionProfile institution, LoginRateLimiter limiter, UserManager<NodeAccount> users)
    {
        if (!limiter.TryAcquire(context))
            return Page(context, antiforgery, institution, null, NodeLogin.FailureMessage, StatusCodes.Status429TooManyRequests);
        if (!context.Request.HasFormContentType)
            return Page(context, antiforgery, institution, null, NodeLogin.FailureMessage, StatusCodes.Status400BadRequest);

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string? returnUrl = form[NodeLogin.ReturnUrlParameter];
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Page(context, antiforgery, institution, returnUrl, "The form has expired. Reload the page and try again.", StatusCodes.Status400BadRequest);
        }

        var account = await CheckAsync(users, form["email"].ToString().Trim(), form["password"].ToString());
        if (account is null) return Page(context, antiforgery, institution, returnUrl, NodeLogin.FailureMessage);

        var identity = new ClaimsIdentity(NodeLogin.Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, account.Id));
        identity.AddClaim(new Claim(ClaimTypes.Name, account.DisplayName));
        await context.SignInAsync(NodeLogin.Scheme, new ClaimsPrincipal(identity));
        return Results.Redirect(IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }

    /// <summary>The account when the password is right and it is not locked out; null for every kind of failure alike.</summary>
    private static async Task<NodeAccount?> CheckAsync(UserManager<NodeAccount> users, string email, string password)
    {
        var account = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (account is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new NodeAccount(), DecoyHash.Value, password);
            return null;
        }
        if (await users.IsLockedOutAsync(account)) return null;
        if (!await users.CheckPasswordAsync(account, password))
        {
            await users.AccessFailedAsync(account);
            return null;
        }
        await users.ResetAccessFailedCountAsync(account);
        return account;
    }

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, InstitutionProfile institution, string? returnUrl, string? error, int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        // The page is personal (it sets the antiforgery cookie) and must not be framed.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Frame-Options"] = "DENY";
        return LoginPage.Render(institution.Name, IsLocalUrl(returnUrl) ? returnUrl! : "/", tokens.FormFieldName, tokens.RequestToken, error, status);
    }

    /// <summary>Whether <paramref name="url"/> stays on this site: a path, not <c>//host</c> or <c>/\host</c>.</summary>
    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
