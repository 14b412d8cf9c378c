using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfD.Schema.Identity;

namespace ProfD.Node.Tests.Access;

/// <summary>
/// The test host's default scheme: the <c>X-Test-Caller</c> header says who calls, as
/// <c>person=home:Teacher:PC;home=home;roles=INSTITUTION_ADMIN;scopes=profd</c> or <c>client=harvester;scopes=profd.harvest</c>.
/// No header is an anonymous caller. The node's rules then read the caller as they would from a hub token.
/// </summary>
internal sealed class TestCallerAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "TestCaller";
    public const string Header = "X-Test-Caller";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var value) || string.IsNullOrWhiteSpace(value)) return Task.FromResult(AuthenticateResult.NoResult());
        var claims = new List<Claim>();
        foreach (var part in value.ToString().Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, text) = (part[..part.IndexOf('=')], part[(part.IndexOf('=') + 1)..]);
            switch (name)
            {
                case "person": claims.Add(new Claim(FederationClaims.Subject, text)); break;
                case "home": claims.Add(new Claim(FederationClaims.HomeInstitution, text)); break;
                case "client": claims.Add(new Claim(FederationClaims.ClientId, text)); claims.Add(new Claim(FederationClaims.Subject, text)); break;
                case "roles": claims.AddRange(text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(FederationClaims.Role, r))); break;
                case "scopes": claims.Add(new Claim(FederationClaims.Scope, text.Replace(',', ' '))); break;
                default: throw new InvalidOperationException($"Unknown part '{name}' in {Header}.");
            }
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Name));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Name)));
    }
}
