namespace ProfD.Trust.Identity;

/// <summary>A trust role held by a person, granted at the trust (beside the bootstrap admins in configuration).</summary>
internal sealed class TrustRoleGrant
{
    /// <summary>The person's global ID (their federation subject).</summary>
    public required string PersonId { get; set; }
    /// <summary>One of <see cref="ProfD.Schema.Identity.FederationRoles.TrustGranted"/>.</summary>
    public required string Role { get; set; }
    public DateTime GrantedAt { get; set; }
}
