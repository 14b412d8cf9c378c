using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Exhibitions;

/// <summary>
/// Recording face-to-face showings. Showings are events around the work, not part of it, so they can be added and
/// removed in any state but WITHDRAWN; a submitted version's document keeps the showings it had when submitted.
/// </summary>
internal sealed class ShowingMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    public Task<ExhibitionShowing> AddAsync(string exhibitionId, ShowingInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var exhibition = await db.FindByGlobalIdAsync<Exhibition>(institution, exhibitionId, "Exhibition", "exhibitionId", ct);
        EnsureNotWithdrawn(exhibition);
        var school = GlobalId.Parse(input.SchoolId?.Trim(), "input.schoolId", "School");
        if (school.Institution == institution.Code && !await db.Schools.AnyAsync(s => s.Id == school.Key, ct))
            throw new BadUserInputException($"There is no school '{school}' at {institution.Code}.", "input.schoolId");
        if (input.Date is null) throw new BadUserInputException("'input.date' is required.", "input.date");
        if (input.Audience is null) throw new BadUserInputException("'input.audience' is required.", "input.audience");
        var now = time.GetUtcNow().UtcDateTime;
        var showing = new ExhibitionShowing
        {
            Id = LocalKeys.New(time),
            ExhibitionId = exhibition.Id,
            SchoolId = school.ToString(),
            HeldOn = input.Date.Value,
            Venue = InputRules.Text(input.Venue, "input.venue", EntityConfiguration.NameLength),
            Audience = input.Audience.Value,
            CreatedAt = now,
        };
        db.Add(showing);
        exhibition.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return showing;
    }, ct);

    public Task<Exhibition> RemoveAsync(string id, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var showing = await db.FindByGlobalIdAsync<ExhibitionShowing>(institution, id, "Showing", "id", ct);
        var exhibition = await db.Exhibitions.FirstAsync(e => e.Id == showing.ExhibitionId, ct);
        EnsureNotWithdrawn(exhibition);
        db.Remove(showing);
        exhibition.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return exhibition;
    }, ct);

    private static void EnsureNotWithdrawn(Exhibition exhibition)
    {
        if (ExhibitionTombstone.Hides(exhibition))
            throw new ConflictException("The exhibition was withdrawn; its showings can no longer change.");
    }
}
