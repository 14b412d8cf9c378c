using Microsoft.AspNetCore.Identity;
using ProfD.Schema.Identity;

namespace ProfD.Node.Identity;

/// <summary>
/// A person who signs in at this node: an ASP.NET Core Identity user (e-mail, password hash, lockout) linked to the
/// person's <c>Teacher</c> record, or to none for staff without one.
/// </summary>
internal sealed class NodeAccount : IdentityUser
{
    /// <summary>The local key of the person's Teacher record; null for an account without one (their subject is then the account's own ID).</summary>
    public string? TeacherId { get; set; }

    /// <summary>The name shown to the person and sent as the <c>name</c> claim.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>How the person belongs to the institution: one of <see cref="FederationAffiliations"/>. Default <c>member</c>.</summary>
    public string Affiliation { get; set; } = FederationAffiliations.Member;

    /// <summary>Institution roles (<see cref="FederationRoles.InstitutionGranted"/>), sent as <c>role</c> claims.</summary>
    public List<string> Roles { get; set; } = [];
}
