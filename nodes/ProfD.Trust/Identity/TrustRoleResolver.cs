using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProfD.Schema.Identity;
using ProfD.Trust.Accreditation;
using ProfD.Trust.Community;
using ProfD.Trust.Data;

namespace ProfD.Trust.Identity;

/// <summary>The roles the trust itself grants a person, read afresh at every token: admins, facilitators, accredited mentors.</summary>
internal sealed class TrustRoleResolver(TrustDbContext db, IOptions<TrustIdentityOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<string>> RolesOfAsync(string personId, CancellationToken ct)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        if (options.Value.Admins.Contains(personId, StringComparer.Ordinal)) roles.Add(FederationRoles.TrustAdmin);
        var granted = await db.Set<TrustRoleGrant>().AsNoTracking().Where(g => g.PersonId == personId).Select(g => g.Role).ToListAsync(ct);
        roles.UnionWith(granted.Where(FederationRoles.TrustGranted.Contains));
        if (await db.Set<SpaceFacilitator>().AsNoTracking().AnyAsync(f => f.PersonId == personId, ct)) roles.Add(FederationRoles.Facilitator);
        var now = time.GetUtcNow().UtcDateTime;
        var accreditations = await db.Set<MentorAccreditation>().AsNoTracking().Where(a => a.TeacherId == personId).ToListAsync(ct);
        if (accreditations.Any(a => a.StatusAt(now) == AccreditationStatus.Active)) roles.Add(FederationRoles.AccreditedMentor);
        return [.. roles];
    }
}
