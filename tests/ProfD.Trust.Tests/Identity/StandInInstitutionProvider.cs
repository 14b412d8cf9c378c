using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ProfD.Trust.Tests.Identity;

/// <summary>
/// A stand-in for an institution's OpenID provider on real Kestrel (loopback): discovery, JWKS, an authorize endpoint
/// that signs in <see cref="Person"/> at once (no page), and a token endpoint answering an ID token with the claims a
/// node's provider asserts (sub, name, email, affiliation, home_institution, role). Reusable wherever a test needs an
/// institution to log people in through.
/// </summary>
public sealed class StandInInstitutionProvider : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N")[..16] };
    private readonly ConcurrentDictionary<string, (string ClientId, string? Nonce, string? Challenge, StandInPerson Person)> codes = new();
    private readonly TimeProvider time;

    private StandInInstitutionProvider(WebApplication app, TimeProvider time, StandInPerson person)
    {
        this.app = app;
        this.time = time;
        Person = person;
    }

    /// <summary>The issuer: the origin with its trailing slash, as a node's provider has.</summary>
    public string Issuer => app.Urls.First().TrimEnd('/') + "/";

    /// <summary>What a registry entry for this institution would hold: the node's GraphQL URL on the same origin.</summary>
    public string Endpoint => Issuer + "graphql";

    /// <summary>The person the next authorize request signs in.</summary>
    public StandInPerson Person { get; set; }

    /// <summary>How many people it has signed in.</summary>
    public int SignIns => signIns;

    private int signIns;

    /// <summary>Starts a provider whose tokens are dated by <paramref name="time"/> (the hub's clock in a test).</summary>
    public static async Task<StandInInstitutionProvider> StartAsync(StandInPerson person, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new StandInInstitutionProvider(app, time ?? TimeProvider.System, person);
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", provider.Jwks);
        app.MapGet("/connect/authorize", (Delegate)provider.Authorize);
        app.MapPost("/connect/token", (Delegate)provider.TokenAsync);
        await app.StartAsync();
        return provider;
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = Issuer + "connect/authorize",
        ["token_endpoint"] = Issuer + "connect/token",
        ["jwks_uri"] = Issuer + "jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query" },
        ["grant_types_supported"] = new[] { "authorization_code" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "none", "client_secret_post", "client_secret_basic" },
        ["scopes_supported"] = new[] { "openid", "profile", "email", "affiliation", "roles" },
    });

    private IResult Jwks()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
        return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } });
    }

    private IResult Authorize(HttpContext http)
    {
        var query = http.Request.Query;
        var redirect = query["redirect_uri"].ToString();
        var code = Guid.NewGuid().ToString("N");
        codes[code] = (query["client_id"].ToString(), query["nonce"].FirstOrDefault(), query["code_challenge"].FirstOrDefault(), Person);
        Interlocked.Increment(ref signIns);
        var state = query["state"].ToString();
        return Results.Redirect($"{redirect}{(redirect.Contains('?') ? '&' : '?')}code={code}&state={Uri.EscapeDataString(state)}");
    }

    private async Task<IResult> TokenAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || !codes.TryRemove(form["code"].ToString(), out var grant))
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        if (grant.Challenge is not null)
        {
            var verifier = form["code_verifier"].ToString();
            var computed = Base64UrlEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
            if (computed != grant.Challenge) return Results.Json(new { error = "invalid_grant", error_description = "PKCE" }, statusCode: 400);
        }
        var person = grant.Person;
        var claims = new List<Claim>
        {
            new("sub", person.Subject), new("name", person.Name), new("email", person.Email),
            new("affiliation", person.Affiliation), new("home_institution", person.HomeInstitution),
        };
        if (grant.Nonce is not null) claims.Add(new Claim("nonce", grant.Nonce));
        claims.AddRange((person.Roles ?? []).Select(r => new Claim("role", r)));
        var now = time.GetUtcNow().UtcDateTime;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = grant.ClientId,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = Guid.NewGuid().ToString("N"),
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
            ["id_token"] = idToken,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
