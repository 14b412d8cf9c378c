using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;
using OpenIddict.Server;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using ProfD.Schema.Identity;
using ProfD.Trust.Data;
using ProfD.Trust.Hosting;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Trust.Identity;

/// <summary>
/// The trust as the federation's login hub: an OpenIddict server issuing the federation's tokens, an OpenIddict client
/// sending people to their home institution, and validation of its own tokens for the trust's GraphQL API.
/// </summary>
internal static class TrustIdentityExtensions
{
    public static WebApplicationBuilder AddTrustIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TrustIdentityOptions>().Bind(builder.Configuration.GetSection(TrustIdentityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<HubKeys>().AddSingleton<ServiceClientSecrets>().AddSingleton<InstitutionProviders>();
        services.AddSingleton<IConfigureOptions<OpenIddictClientOptions>>(sp => sp.GetRequiredService<InstitutionProviders>());
        services.AddScoped<TrustRoleResolver>().AddScoped<HubPrincipalFactory>();
        // The person and client cookies survive a restart: their keys live beside the hub's signing keys.
        var trust = builder.Configuration.GetSection(TrustOptions.Section).Get<TrustOptions>() ?? new TrustOptions();
        var identity = builder.Configuration.GetSection(TrustIdentityOptions.Section).Get<TrustIdentityOptions>() ?? new TrustIdentityOptions();
        services.AddPersistedLoginCookieKeys(Path.Combine(HubKeys.DirectoryOf(trust, identity), "cookies"), $"profd-trust-{trust.Code}");
        // Registered after the database's migrator, so the clients are written to migrated tables.
        services.AddHostedService<HubClientSeeder>();

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<TrustDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetDeviceAuthorizationEndpointUris("connect/device")
                    .SetEndUserVerificationEndpointUris("connect/verify")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession");
                server.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().AllowDeviceAuthorizationFlow().AllowClientCredentialsFlow();
                server.RequireProofKeyForCodeExchange();
                server.RegisterScopes([.. HubClients.PersonScopes.Concat(HubClients.HarvesterScopes).Distinct()]);
                server.RegisterClaims(FederationClaims.Name, FederationClaims.Email, FederationClaims.Affiliation, FederationClaims.HomeInstitution, FederationClaims.Role);
                // Nodes and the gateway read the access token themselves (aud=profd), so it is signed, not encrypted.
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndUserVerificationEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // Plain HTTP is refused by HubTransportSecurity instead, except on loopback.
                    .DisableTransportSecurityRequirement();
            })
            .AddClient(client =>
            {
                client.AllowAuthorizationCodeFlow();
                client.SetRedirectionEndpointUris(InstitutionProviders.CallbackPath);
                client.UseSystemNetHttp();
                client.UseAspNetCore()
                    .EnableRedirectionEndpointPassthrough()
                    .DisableTransportSecurityRequirement()
                    // Institutions come and go with the registry: no authentication scheme per institution.
                    .DisableAutomaticAuthenticationSchemeForwarding();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddAudiences(FederationScopes.Audience);
                validation.UseAspNetCore();
            });

        services.AddOptions<OpenIddictServerOptions>().Configure<HubKeys, IOptions<TrustIdentityOptions>, TimeProvider>((server, keys, identity, time) =>
        {
            server.TimeProvider = time;
            // Newest first: the newest key signs, the previous one still validates.
            foreach (var key in keys.Ring.SigningKeys) server.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
            foreach (var key in keys.Ring.EncryptionKeys)
                server.EncryptionCredentials.Add(new EncryptingCredentials(key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
            server.AccessTokenLifetime = identity.Value.AccessTokenLifetime;
            // Fixed when configured, so tokens asked for on loopback (the harvester's) name the same hub as the rest.
            if (identity.Value.Issuer is { Length: > 0 } issuer) server.Issuer = new Uri(issuer, UriKind.Absolute);
        });
        services.AddOptions<OpenIddictClientOptions>().Configure<HubKeys, TimeProvider>((client, keys, time) =>
        {
            client.TimeProvider = time;
            foreach (var key in keys.Ring.SigningKeys) client.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
            foreach (var key in keys.Ring.EncryptionKeys)
                client.EncryptionCredentials.Add(new EncryptingCredentials(key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        });

        // Its correlation cookie must come back over plain HTTP on loopback too (HubTransportSecurity refuses the rest).
        // The node answers with a top-level GET redirect (response_mode=query), which carries Lax cookies; SameSite=None
        // would need Secure, which browsers then drop over plain HTTP on loopback.
        services.Configure<OpenIddictClientAspNetCoreOptions>(client =>
        {
            client.CookieBuilder.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            client.CookieBuilder.SameSite = SameSiteMode.Lax;
        });
        services.AddOptions<OpenIddictValidationOptions>().Configure<TimeProvider>((validation, time) => validation.TimeProvider = time);

        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .AddCookie(HubAuthentication.PersonScheme, cookie =>
            {
                cookie.Cookie.Name = "profd-hub";
                cookie.Cookie.Path = "/connect";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = false;
                // The hub never redirects to a login page of its own: the authorize and verify steps choose the institution.
                cookie.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            });
        return builder;
    }

    public static WebApplication MapTrustIdentity(this WebApplication app)
    {
        app.UseMiddleware<HubTransportSecurity>();
        // Once for every request (OpenIddict's endpoints run in it); on the API a bad bearer token is then refused
        // outright (a second pass there reuses the first's result). The hub's endpoints read their own credentials.
        app.UseAuthentication();
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/graphql"), api => api.UseFederationAuthentication());

        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeEndpoint.HandleAsync);
        app.MapPost("/connect/token", TokenEndpoint.HandleAsync);
        app.MapMethods("/connect/verify", [HttpMethods.Get, HttpMethods.Post], VerifyEndpoint.HandleAsync);
        app.MapGet(VerifyEndpoint.DonePath, VerifyEndpoint.Done);
        app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserinfoEndpoint.HandleAsync);
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionEndpoint.HandleAsync);
        app.MapGet(EndSessionEndpoint.SignedOutPath, () => HubPage.Message("Logged out", "You are logged out of the ProfD login hub."));
        app.MapGet("/connect/signed-in", () => HubPage.Message("Logged in", "You are logged in at the ProfD login hub."));
        app.MapGet(InstitutionChoice.LoginPath, InstitutionChoice.LoginAsync);
        app.MapMethods("/" + InstitutionProviders.CallbackPath, [HttpMethods.Get, HttpMethods.Post], InstitutionCallback.HandleAsync);
        return app;
    }
}
