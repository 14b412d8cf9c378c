using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using ProfD.Schema.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Node.Identity;

/// <summary>The federation claims of a <see cref="NodeAccount"/>, with the tokens each goes into.</summary>
internal static class NodeAccountClaims
{
    /// <summary>The account's subject: its Teacher's global ID, or <c>{institution}:Account:{id}</c> without one.</summary>
    public static string SubjectOf(NodeAccount account, string institution) =>
        account.TeacherId is { } teacher ? $"{institution}:Teacher:{teacher}" : $"{institution}:Account:{account.Id}";

    /// <summary>The account's own ID, kept in codes and refresh tokens only, so the token endpoint can check the account again.</summary>
    public const string AccountId = "profd_account";

    /// <summary>The principal OpenIddict signs in for <paramref name="account"/>, granted <paramref name="scopes"/>.</summary>
    public static ClaimsPrincipal PrincipalFor(NodeAccount account, string institution, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, FederationClaims.Name, FederationClaims.Role);
        identity.SetClaim(FederationClaims.Subject, SubjectOf(account, institution));
        identity.SetClaim(FederationClaims.Name, account.DisplayName);
        identity.SetClaim(FederationClaims.Email, account.Email);
        identity.SetClaim(FederationClaims.Affiliation, account.Affiliation);
        identity.SetClaim(FederationClaims.HomeInstitution, institution);
        identity.SetClaims(FederationClaims.Role, [.. account.Roles]);
        identity.SetClaim(AccountId, account.Id);

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        identity.SetDestinations(claim => DestinationsOf(claim, principal));
        return principal;
    }

    // Every claim goes into the node's access token (read back by userinfo); the ID token carries what the scopes allow.
    private static IEnumerable<string> DestinationsOf(Claim claim, ClaimsPrincipal principal)
    {
        if (claim.Type == AccountId) yield break;
        yield return Destinations.AccessToken;
        var scope = claim.Type switch
        {
            FederationClaims.Subject => Scopes.OpenId,
            FederationClaims.Name => Scopes.Profile,
            FederationClaims.Email => Scopes.Email,
            FederationClaims.Affiliation or FederationClaims.HomeInstitution => FederationScopes.Affiliation,
            FederationClaims.Role => FederationScopes.Roles,
            _ => null,
        };
        if (scope is not null && principal.HasScope(scope)) yield return Destinations.IdentityToken;
    }

    /// <summary>The claims of the access token's principal that <c>/connect/userinfo</c> returns, by the scopes granted.</summary>
    public static IEnumerable<(string Type, string[] Values)> UserInfoOf(ClaimsPrincipal principal)
    {
        foreach (var (type, scope) in new[]
        {
            (FederationClaims.Name, Scopes.Profile),
            (FederationClaims.Email, Scopes.Email),
            (FederationClaims.Affiliation, FederationScopes.Affiliation),
            (FederationClaims.HomeInstitution, FederationScopes.Affiliation),
        })
        {
            if (principal.HasScope(scope) && principal.GetClaim(type) is { } value) yield return (type, [value]);
        }
        if (principal.HasScope(FederationScopes.Roles)) yield return (FederationClaims.Role, [.. principal.GetClaims(FederationClaims.Role)]);
    }
}
