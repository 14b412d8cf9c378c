using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ProfD.Web.Identity;

/// <summary>
/// "Log in" through the trust's hub: the authorization code flow with PKCE as the public client <c>profd-web</c>,
/// returning to <c>/signin-oidc</c>; the person is then kept in a cookie, with the hub's access token for the gateway.
/// </summary>
internal static class WebLogin
{
    public const string ClientId = "profd-web";
    public const string CallbackPath = "/signin-oidc";
    public const string Scopes = "openid profile email affiliation roles profd";

    public static IServiceCollection AddWebLogin(this IServiceCollection services, Uri? hub)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<HubAccessTokenProvider>();
        // Without a hub the front-end is read-only: no one logs in, and every call to the gateway is anonymous.
        if (hub is null) return services;

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "profd-web";
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.HttpOnly = true;
                options.LoginPath = "/login";
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = hub.ToString();
                // Loopback http in the demo; https everywhere else (docs/operations.md).
                options.RequireHttpsMetadata = hub.Scheme == Uri.UriSchemeHttps;
                options.ClientId = ClientId;
                options.ResponseType = OpenIdConnectResponseType.Code;
                // A query redirect is a top-level GET, so Lax cookies come back without https (form_post would need SameSite=None).
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.UsePkce = true;
                options.CallbackPath = CallbackPath;
                options.SaveTokens = true;
                // The cookie ends with the hub's tokens, so no page calls the gateway with an expired one.
                options.UseTokenLifetime = true;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.Scope.Clear();
                foreach (var scope in Scopes.Split(' ')) options.Scope.Add(scope);
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = "role";
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                // A choice of institution given to /login?idp=CODE goes on to the hub, which then skips its chooser.
                options.Events.OnRedirectToIdentityProvider = context =>
                {
                    if (context.Properties.Items.TryGetValue("idp", out var idp) && idp is not null) context.ProtocolMessage.SetParameter("idp", idp);
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorization();
        return services;
    }

    public static WebApplication MapWebLogin(this WebApplication app, Uri? hub)
    {
        if (hub is null) return app;
        app.MapGet("/login", (string? returnUrl, string? idp) =>
        {
            var properties = new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) };
            if (!string.IsNullOrWhiteSpace(idp)) properties.Items["idp"] = idp;
            return Results.Challenge(properties, [OpenIdConnectDefaults.AuthenticationScheme]);
        });
        app.MapPost("/logout", async (HttpContext context, [FromForm] string? returnUrl) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(LocalOrHome(returnUrl));
        });
        return app;
    }

    // Only paths of this site: "/library?q=x" yes, "//evil.example" and "https://…" no.
    private static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl : "/";
}
