namespace ProfD.Schema.Identity;

/// <summary>
/// The claims a federation token carries, as the hub issues them and every node reads them. Names follow OpenID Connect
/// and the research-and-education federations (eduPerson affiliation), so an institution's own provider can map onto them.
/// </summary>
public static class FederationClaims
{
    /// <summary>The person's global ID (a <c>Teacher</c> or <c>Account</c> ID at their home node), or a service's client ID.</summary>
    public const string Subject = "sub";

    /// <summary>The person's display name.</summary>
    public const string Name = "name";

    /// <summary>The person's email address.</summary>
    public const string Email = "email";

    /// <summary>How the person belongs to their institution: one of <see cref="FederationAffiliations"/>.</summary>
    public const string Affiliation = "affiliation";

    /// <summary>The code of the person's home institution, the first segment of their global ID.</summary>
    public const string HomeInstitution = "home_institution";

    /// <summary>One claim per role: institution roles from home, trust roles from the trust (see <see cref="FederationRoles"/>).</summary>
    public const string Role = "role";

    /// <summary>The OAuth client the token was issued to.</summary>
    public const string ClientId = "client_id";

    /// <summary>Space-separated scopes granted to the token.</summary>
    public const string Scope = "scope";
}
