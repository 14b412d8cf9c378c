using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using ProfD.Node.Data;
using ProfD.Node.Demo;
using ProfD.Node.Institution;
using ProfD.Schema.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Node.Identity;

/// <summary>
/// The node as its own people's identity provider: accounts (ASP.NET Core Identity), the login page, and an OpenIddict
/// authorization server (code + PKCE) whose one client is the trust hub.
/// </summary>
internal static class NodeIdentityRegistration
{
    public static WebApplicationBuilder AddNodeIdentity(this WebApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(Options.Create(options));

        services.AddIdentityCore<NodeAccount>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = options.LockoutAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
                // Length over composition rules (NIST SP 800-63B).
                identity.Password.RequiredLength = 8;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
            })
            .AddEntityFrameworkStores<NodeDbContext>();

        // Not AddIdentity: its cookie would become the default scheme and shadow the federation's bearer tokens.
        services.AddAuthentication().AddCookie(NodeLogin.Scheme, cookie =>
        {
            cookie.LoginPath = NodeLogin.LoginPath;
            cookie.ReturnUrlParameter = NodeLogin.ReturnUrlParameter;
            cookie.Cookie.Name = "profd.node.login";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(1);
            cookie.SlidingExpiration = false;
        });
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "profd.node.antiforgery");
        var node = builder.Configuration.GetSection(NodeOptions.Section).Get<NodeOptions>() ?? new NodeOptions();
        services.AddPersistedLoginCookieKeys(Path.Combine(KeysDirectoryOf(options, node), "cookies"), $"profd-node-{node.Institution}");
        services.AddSingleton<LoginRateLimiter>();

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<NodeDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession");
                server.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                server.RequireProofKeyForCodeExchange();
                server.RegisterScopes([Scopes.OpenId, Scopes.OfflineAccess, .. NodeLogin.HubScopes]);
                server.RegisterClaims([.. FederationClaimNames]);
                server.AddEventHandler(NodeUserInfoHandler.Descriptor);
                // HTTP is refused off loopback by HttpsOrLoopbackFilter; OpenIddict's own check would refuse loopback too.
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        // The keys are read when the server's options are first built, with the host's clock.
        services.AddOptions<OpenIddictServerOptions>().Configure<TimeProvider, IOptions<NodeOptions>>((server, time, node) =>
        {
            var ring = ServerKeyRing.LoadOrCreate(KeysDirectoryOf(options, node.Value), time);
            foreach (var key in ring.SigningKeys) server.SigningCredentials.Add(new(key, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaSha256));
            foreach (var key in ring.EncryptionKeys)
                server.EncryptionCredentials.Add(new(key, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaOAEP, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.Aes256CbcHmacSha512));
        });

        services.AddSingleton<IStartupFilter, HttpsOrLoopbackFilter>();
        services.AddHostedService<HubClientSeeder>();
        services.AddSingleton<DemoAccountSeeder>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoAccountSeeder>());
        return builder;
    }

    public static WebApplication MapNodeIdentity(this WebApplication app)
    {
        app.MapLogin();
        app.MapAuthorization();
        return app;
    }

    /// <summary>Where the login server's keys live: <see cref="NodeIdentityOptions.KeysDirectory"/>, else <c>{DataDirectory}/keys/{institution}/identity</c>.</summary>
    public static string KeysDirectoryOf(NodeIdentityOptions options, NodeOptions node) =>
        options.KeysDirectory ?? Path.Combine(node.DataDirectory, "keys", node.Institution, "identity");

    private static readonly string[] FederationClaimNames =
    [
        FederationClaims.Subject, FederationClaims.Name, FederationClaims.Email, FederationClaims.Affiliation,
        FederationClaims.HomeInstitution, FederationClaims.Role,
    ];

    // Read now, like NodeOptions: a bad value stops the start with its message.
    private static NodeIdentityOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(NodeIdentityOptions.Section).Get<NodeIdentityOptions>() ?? new NodeIdentityOptions();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            throw new OptionsValidationException(NodeIdentityOptions.Section, typeof(NodeIdentityOptions), results.Select(r => r.ErrorMessage ?? "invalid"));
        return options;
    }
}
