using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ProfD.Schema.Identity;

namespace ProfD.Gateway.Tests.Identity;

/// <summary>
/// A stand-in hub on real Kestrel (loopback): a discovery document and a JWKS, and access tokens minted as the hub
/// mints them, so a test can also mint the bad ones (expired, another audience, a tampered signature).
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key;

    private TestTokenIssuer(WebApplication app, RsaSecurityKey key)
    {
        _app = app;
        _key = key;
    }

    /// <summary>The issuer URL, with the trailing slash an OpenID provider's issuer has.</summary>
    public string Issuer => _app.Urls.First().TrimEnd('/') + "/";

    public static async Task<TestTokenIssuer> StartAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", (HttpContext context) =>
        {
            var issuer = $"{context.Request.Scheme}://{context.Request.Host}/";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["jwks_uri"] = issuer + "jwks",
                ["authorization_endpoint"] = issuer + "connect/authorize",
                ["token_endpoint"] = issuer + "connect/token",
                ["response_types_supported"] = new[] { "code" },
                ["subject_types_supported"] = new[] { "public" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });
        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        await app.StartAsync();
        return new TestTokenIssuer(app, key);
    }

    /// <summary>A person's access token as the hub issues it; every part can be bent to make a bad one.</summary>
    public string PersonToken(
        string personId,
        string homeInstitution,
        IEnumerable<string>? roles = null,
        string audience = FederationScopes.Audience,
        string? issuer = null,
        TimeSpan? lifetime = null,
        SecurityKey? signingKey = null)
    {
        var claims = new List<Claim>
        {
            new(FederationClaims.Subject, personId),
            new(FederationClaims.HomeInstitution, homeInstitution),
            new(FederationClaims.Affiliation, FederationAffiliations.Faculty),
            new(FederationClaims.Name, "Test Person"),
            new(FederationClaims.ClientId, "profd-web"),
            new(FederationClaims.Scope, "openid profd"),
        };
        claims.AddRange((roles ?? []).Select(role => new Claim(FederationClaims.Role, role)));
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(15));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = expires < now ? expires.AddMinutes(-15) : now,
            NotBefore = expires < now ? expires.AddMinutes(-15) : now,
            Expires = expires,
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(signingKey ?? _key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
