using System.Security.Claims;

namespace ProfD.Schema.Identity;

/// <summary>
/// Who is calling, read from a validated federation token: a person (with a global ID, home institution, affiliation
/// and roles), a service (a client with scopes and no person), or nobody. Every authorization rule starts here.
/// </summary>
public sealed record FederationCaller
{
    /// <summary>A caller with no token.</summary>
    public static FederationCaller Anonymous { get; } = new();

    /// <summary>The person's global ID; null for a service or an anonymous caller.</summary>
    public string? PersonId { get; init; }

    /// <summary>The person's home institution code; null for a service or an anonymous caller.</summary>
    public string? HomeInstitution { get; init; }

    /// <summary>The person's affiliation (see <see cref="FederationAffiliations"/>).</summary>
    public string? Affiliation { get; init; }

    /// <summary>The person's display name, for logs and audit.</summary>
    public string? Name { get; init; }

    /// <summary>The client the token was issued to.</summary>
    public string? ClientId { get; init; }

    /// <summary>Roles from the token (see <see cref="FederationRoles"/>).</summary>
    public IReadOnlySet<string> Roles { get; init; } = new HashSet<string>();

    /// <summary>Scopes granted to the token.</summary>
    public IReadOnlySet<string> Scopes { get; init; } = new HashSet<string>();

    /// <summary>Whether the request carried a valid token.</summary>
    public bool IsAuthenticated => PersonId is not null || ClientId is not null;

    /// <summary>Whether the caller is a signed-in person (not a service).</summary>
    public bool IsPerson => PersonId is not null;

    /// <summary>Whether the caller holds <paramref name="role"/>.</summary>
    public bool HasRole(string role) => Roles.Contains(role);

    /// <summary>Whether the caller is a person whose home is <paramref name="institution"/>.</summary>
    public bool IsMemberOf(string institution) => IsPerson && string.Equals(HomeInstitution, institution, StringComparison.Ordinal);

    /// <summary>Whether the caller administers <paramref name="institution"/>.</summary>
    public bool AdministersInstitution(string institution) => IsMemberOf(institution) && HasRole(FederationRoles.InstitutionAdmin);

    /// <summary>Reads the caller from an authenticated principal; anything unauthenticated is <see cref="Anonymous"/>.</summary>
    public static FederationCaller From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true) return Anonymous;
        var subject = principal.FindFirst(FederationClaims.Subject)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var clientId = principal.FindFirst(FederationClaims.ClientId)?.Value ?? principal.FindFirst("azp")?.Value;
        var home = principal.FindFirst(FederationClaims.HomeInstitution)?.Value;
        // A service token's subject is its client ID; only a token naming a home institution is a person's.
        var isPerson = subject is not null && home is not null && subject != clientId;
        return new FederationCaller
        {
            PersonId = isPerson ? subject : null,
            HomeInstitution = isPerson ? home : null,
            Affiliation = principal.FindFirst(FederationClaims.Affiliation)?.Value,
            Name = principal.FindFirst(FederationClaims.Name)?.Value,
            ClientId = clientId ?? (isPerson ? null : subject),
            Roles = principal.FindAll(FederationClaims.Role).Concat(principal.FindAll(ClaimTypes.Role)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            Scopes = principal.FindAll(FederationClaims.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Concat(principal.FindAll("oi_scp").Select(c => c.Value)).ToHashSet(StringComparer.Ordinal),
        };
    }
}
