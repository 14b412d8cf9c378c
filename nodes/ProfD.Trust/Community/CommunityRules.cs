using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Trust.Data;
using ProfD.Trust.Hosting;
using ProfD.Trust.Triangles;

namespace ProfD.Trust.Community;

/// <summary>
/// Who may do what in the community. GLOBAL and THEME spaces are open to everyone in the programme; a TRIANGLE space
/// to the people of the institutions of its three schools; a COHORT space to the people of the cohort's institution.
/// Facilitators and the trust's staff may always read; facilitators moderate and run hotseats; only the trust's staff
/// create spaces.
/// </summary>
internal sealed class CommunityRules(TrustDbContext db, TrustProfile trust)
{
    public static ProfDException Forbidden(string message) => new(ErrorCodes.Forbidden, message);

    public async Task<bool> IsFacilitatorAsync(CommunitySpace space, ActingPerson person, CancellationToken ct) =>
        person.IsTrustStaff || await db.Set<SpaceFacilitator>().AnyAsync(f => f.SpaceId == space.Id && f.PersonId == person.Id, ct);

    public async Task<bool> CanReadAsync(CommunitySpace space, ActingPerson person, CancellationToken ct)
    {
        if (space.Kind is SpaceKind.Global or SpaceKind.Theme || await IsFacilitatorAsync(space, person, ct)) return true;
        if (space.Kind == SpaceKind.Cohort) return space.Scope?.Split(':')[0] == person.Institution;
        var key = trust.LocalKeyOf(space.Scope, "Triangle", "scope");
        var schools = await db.Set<TriangleSchool>().AsNoTracking().Where(s => s.TriangleId == key).Select(s => s.SchoolId).ToListAsync(ct);
        return schools.Any(s => s.Split(':')[0] == person.Institution);
    }

    public async Task RequireReadAsync(CommunitySpace space, ActingPerson person, CancellationToken ct)
    {
        if (!await CanReadAsync(space, person, ct))
            throw Forbidden($"'{space.Name}' is open to the people of its {space.Kind.ToString().ToLowerInvariant()}; '{person.Id}' is not one of them.");
    }

    public async Task RequireFacilitatorAsync(CommunitySpace space, ActingPerson person, CancellationToken ct)
    {
        if (!await IsFacilitatorAsync(space, person, ct))
            throw Forbidden($"Only the facilitators of '{space.Name}' may do this; '{person.Id}' is not one.");
    }

    /// <summary>Posting in a hotseat's thread is open only during its window, except to facilitators.</summary>
    public async Task RequireOpenAsync(CommunitySpace space, CommunityThread thread, ActingPerson person, DateTime now, CancellationToken ct)
    {
        if (thread.HotseatId is null || await IsFacilitatorAsync(space, person, ct)) return;
        var hotseat = await db.Set<HotseatEvent>().AsNoTracking().FirstAsync(h => h.Id == thread.HotseatId, ct);
        if (now < hotseat.StartsAt)
            throw new ConflictException($"The hotseat '{hotseat.Title}' opens at {hotseat.StartsAt:yyyy-MM-dd HH:mm} UTC.", "threadId");
        if (now >= hotseat.EndsAt)
            throw new ConflictException($"The hotseat '{hotseat.Title}' closed at {hotseat.EndsAt:yyyy-MM-dd HH:mm} UTC.", "threadId");
    }
}
