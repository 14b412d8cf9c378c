using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using ProfD.Schema.Identity;
using ProfD.Schema.Ids;
using ProfD.Trust.Data;
using ProfD.Trust.Registry;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Trust.Identity;

/// <summary>
/// Builds the principal the hub's tokens are made from, for a person (from what their home institution asserted) or for
/// the harvester. Checked afresh at every login and every refresh: the person's institution must still be ACTIVE.
/// </summary>
internal sealed class HubPrincipalFactory(TrustDbContext db, TrustRoleResolver trustRoles)
{
    /// <summary>The claims the hub copies from the person's identity into its tokens.</summary>
    private static readonly string[] PersonClaims = [FederationClaims.Name, FederationClaims.Email, FederationClaims.Affiliation];

    /// <exception cref="HubLoginRefusedException">The person's institution does not take part (any more), or the identity is malformed.</exception>
    public async Task<ClaimsPrincipal> ForPersonAsync(ClaimsPrincipal person, IEnumerable<string> requestedScopes, CancellationToken ct)
    {
        var subject = person.FindFirst(FederationClaims.Subject)?.Value;
        var home = person.FindFirst(FederationClaims.HomeInstitution)?.Value;
        if (!GlobalId.TryParse(subject, out var id) || string.IsNullOrEmpty(home) || id.Institution != home)
            throw new HubLoginRefusedException("The identity does not name a person of their home institution.");
        await EnsureActiveAsync(home, ct);

        var identity = NewIdentity();
        identity.SetClaim(FederationClaims.Subject, subject).SetClaim(FederationClaims.HomeInstitution, home);
        foreach (var type in PersonClaims)
            if (person.FindFirst(type)?.Value is { Length: > 0 } value) identity.SetClaim(type, value);
        // Institution roles come from home, and only those; trust roles only from the trust.
        var roles = person.FindAll(FederationClaims.Role).Select(c => c.Value).Where(FederationRoles.InstitutionGranted.Contains)
            .Concat(await trustRoles.RolesOfAsync(subject, ct))
            .Distinct(StringComparer.Ordinal);
        identity.SetClaims(FederationClaims.Role, [.. roles]);

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(requestedScopes.Intersect(HubClients.PersonScopes, StringComparer.Ordinal));
        principal.SetResources(FederationScopes.Audience);
        principal.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return principal;
    }

    /// <summary>The harvester's principal: the client is the subject, with role HARVESTER.</summary>
    /// <summary>The operator's token: a service holding TRUST_ADMIN, for the registry before anyone can log in.</summary>
    public static ClaimsPrincipal ForOperator()
    {
        var identity = NewIdentity();
        identity.SetClaim(FederationClaims.Subject, HubClients.Operator).SetClaim(FederationClaims.Role, FederationRoles.TrustAdmin);
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(FederationScopes.Api);
        principal.SetResources(FederationScopes.Audience);
        principal.SetDestinations(_ => [Destinations.AccessToken]);
        return principal;
    }

    public static ClaimsPrincipal ForHarvester(IEnumerable<string> requestedScopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(FederationClaims.Subject, HubClients.Harvester).SetClaim(FederationClaims.Role, FederationRoles.Harvester);
        var principal = new ClaimsPrincipal(identity);
        var scopes = requestedScopes.Intersect(HubClients.HarvesterScopes, StringComparer.Ordinal).ToList();
        principal.SetScopes(scopes.Count > 0 ? scopes : HubClients.HarvesterScopes);
        principal.SetResources(FederationScopes.Audience);
        principal.SetDestinations(_ => [Destinations.AccessToken]);
        return principal;
    }

    /// <exception cref="HubLoginRefusedException">The institution is not registered or not ACTIVE.</exception>
    public async Task EnsureActiveAsync(string code, CancellationToken ct)
    {
        var status = await db.Set<Institution>().AsNoTracking().Where(i => i.Code == code).Select(i => (InstitutionStatus?)i.Status).FirstOrDefaultAsync(ct);
        if (status != InstitutionStatus.Active)
            throw new HubLoginRefusedException(status is null
                ? $"'{code}' is not an institution of the programme."
                : $"'{code}' is {status.ToString()!.ToUpperInvariant()} in the programme: its people cannot log in.");
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, FederationClaims.Name, FederationClaims.Role);
}
