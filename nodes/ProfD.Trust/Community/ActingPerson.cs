using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;
using ProfD.Trust.Data;
using ProfD.Trust.Hosting;
using ProfD.Trust.Registry;

namespace ProfD.Trust.Community;

/// <summary>
/// Who is reading or writing in the community. Until the login hub exists, callers name the person explicitly (the
/// <c>actingPerson</c> argument: a global ID of a Teacher at a registered, active institution, or of a Person at the
/// trust); the rules below are the ones the login will enforce with the token's subject instead.
/// </summary>
internal sealed record ActingPerson(string Id, string Institution, bool IsTrustStaff)
{
    public static async Task<ActingPerson> ResolveAsync(string? value, TrustDbContext db, TrustProfile trust, CancellationToken ct)
    {
        if (!GlobalId.TryParse(value, out var id) || id.Type is not ("Teacher" or "Person"))
            throw new ProfDException(ErrorCodes.Unauthenticated, "Name the acting person by their global ID (a Teacher at their node, or a Person at the trust).", "actingPerson");
        if (id.Institution == trust.Code) return new ActingPerson(id.ToString(), id.Institution, IsTrustStaff: true);
        var active = await db.Set<Institution>().AsNoTracking().AnyAsync(i => i.Code == id.Institution && i.Status == InstitutionStatus.Active, ct);
        if (!active)
            throw new ProfDException(ErrorCodes.Unauthenticated, $"'{id}' is not at an active institution of the programme.", "actingPerson");
        return new ActingPerson(id.ToString(), id.Institution, IsTrustStaff: false);
    }
}
