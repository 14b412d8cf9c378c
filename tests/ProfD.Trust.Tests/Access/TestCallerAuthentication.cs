using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfD.Schema.Identity;

namespace ProfD.Trust.Tests.Access;

/// <summary>
/// Stands in for the hub's tokens: the caller is described in the <c>X-Test-Caller</c> header as
/// <c>person=north:Teacher:T1;home=north;roles=FACILITATOR,INSTITUTION_ADMIN;scopes=profd</c>, or
/// <c>client=harvester;roles=HARVESTER;scopes=profd.harvest</c> for a service. No header: anonymous.
/// </summary>
public sealed class TestCallerAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestCaller";
    public const string Header = "X-Test-Caller";

    /// <summary>Makes this scheme the default, whatever the trust registers itself.</summary>
    public static void Add(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestCallerAuthentication>(SchemeName, null);
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = SchemeName;
            o.DefaultAuthenticateScheme = SchemeName;
            o.DefaultChallengeScheme = SchemeName;
        });
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var value) || string.IsNullOrWhiteSpace(value)) return Task.FromResult(AuthenticateResult.NoResult());
        var claims = new List<Claim>();
        foreach (var part in value.ToString().Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, text) = (part[..part.IndexOf('=', StringComparison.Ordinal)], part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            switch (key)
            {
                case "person": claims.Add(new Claim(FederationClaims.Subject, text)); break;
                case "home": claims.Add(new Claim(FederationClaims.HomeInstitution, text)); break;
                case "client": claims.Add(new Claim(FederationClaims.ClientId, text)); claims.Add(new Claim(FederationClaims.Subject, text)); break;
                case "roles": claims.AddRange(text.Split(',').Select(r => new Claim(FederationClaims.Role, r))); break;
                case "scopes": claims.Add(new Claim(FederationClaims.Scope, text.Replace(',', ' '))); break;
                default: throw new InvalidOperationException($"Unknown part '{key}' in {Header}.");
            }
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, FederationClaims.Name, FederationClaims.Role));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
