using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;
using ProfD.Trust.Data;
using ProfD.Trust.Hosting;
using ProfD.Trust.Registry;

namespace ProfD.Trust.Community;

/// <summary>
/// Who is reading or writing in the community: a Teacher at a registered, active institution, or a Person at the
/// trust (its staff). A TRUST_ADMIN's token makes them staff wherever their home is.
/// </summary>
internal sealed record ActingPerson(string Id, string Institution, bool IsTrustStaff)
{
    public static async Task<ActingPerson> ResolveAsync(ActingAs acting, TrustDbContext db, TrustProfile trust, CancellationToken ct)
    {
        var value = acting.PersonId;
        if (!GlobalId.TryParse(value, out var id) || id.Type is not ("Teacher" or "Person"))
            throw new ProfDException(ErrorCodes.Unauthenticated, "Name the acting person by their global ID (a Teacher at their node, or a Person at the trust).", "actingPerson");
        if (id.Institution == trust.Code) return new ActingPerson(id.ToString(), id.Institution, IsTrustStaff: true);
        if (acting.IsTrustAdmin) return new ActingPerson(id.ToString(), id.Institution, IsTrustStaff: true);
        var active = await db.Set<Institution>().AsNoTracking().AnyAsync(i => i.Code == id.Institution && i.Status == InstitutionStatus.Active, ct);
        if (!active)
            throw new ProfDException(ErrorCodes.Unauthenticated, $"'{id}' is not at an active institution of the programme.", "actingPerson");
        return new ActingPerson(id.ToString(), id.Institution, IsTrustStaff: false);
    }
}
