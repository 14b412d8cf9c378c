using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;
using ProfD.Schema.Paging;
using ProfD.Trust.Data;
using ProfD.Trust.Graph;
using ProfD.Trust.Hosting;
using ProfD.Trust.Registry;

namespace ProfD.Trust.Accreditation;

/// <summary>Accrediting, suspending and reinstating mentors, and the directory of accredited mentors.</summary>
internal sealed class AccreditationService(TrustDbContext db, AccreditationRules rules, TrustProfile trust, TimeProvider time)
{
    public async Task<MentorAccreditation> AccreditAsync(AccreditationInput input, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var accreditation = await rules.CheckAsync(input, LocalKeys.New(time), ct);
        db.Add(accreditation);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return accreditation;
    }

    public async Task<MentorAccreditation> SuspendAsync(string id, string? reason, CancellationToken ct)
    {
        var accreditation = await FindAsync(id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var status = accreditation.StatusAt(now);
        if (status is AccreditationStatus.Suspended or AccreditationStatus.Lapsed)
            throw new ConflictException($"The accreditation is {status.ToString().ToUpperInvariant()}; only a PENDING or ACTIVE one can be suspended.", "id");
        accreditation.SuspendedAt = now;
        accreditation.SuspensionReason = InputRules.Text(reason, "reason", 2000);
        accreditation.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return accreditation;
    }

    public async Task<MentorAccreditation> ReinstateAsync(string id, CancellationToken ct)
    {
        var accreditation = await FindAsync(id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (accreditation.SuspendedAt is null)
            throw new ConflictException("The accreditation is not suspended.", "id");
        if (now >= accreditation.AccreditedUntil)
            throw new ConflictException("The accreditation lapsed while suspended; accredit the mentor again after training.", "id");
        accreditation.SuspendedAt = null;
        accreditation.SuspensionReason = null;
        accreditation.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return accreditation;
    }

    /// <summary>
    /// ACTIVE accreditations joined to the mentors' harvested public profiles (when their node shares one): searchable by
    /// nation, institution, language, theme and spare capacity.
    /// </summary>
    public Task<Connection<MentorEntry>> DirectoryAsync(MentorWhere? where, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var entries =
            from a in db.Set<MentorAccreditation>().AsNoTracking()
            where a.SuspendedAt == null && a.AccreditedFrom <= now && a.AccreditedUntil > now
            join i in db.Set<Institution>() on a.HomeInstitution equals i.Code
            where i.Status == InstitutionStatus.Active
            join p in db.Set<MentorProfile>() on a.TeacherId equals p.Id into profiles
            from p in profiles.DefaultIfEmpty()
            select new MentorEntry
            {
                Id = a.Id,
                Name = p != null ? p.DisplayName : a.TeacherId,
                Nation = p != null ? p.Nation : i.Nation,
                SpareCapacity = p != null && p.MentorCapacity != null ? p.MentorCapacity.Value : 0,
                AccreditedUntil = a.AccreditedUntil,
                Accreditation = a,
                Profile = p,
            };
        if (where?.Nation is { } nation)
        {
            var code = nation.Trim().ToUpperInvariant();
            entries = entries.Where(e => e.Nation == code);
        }
        if (where?.Institution is { } institution) entries = entries.Where(e => e.Accreditation.HomeInstitution == institution.Trim());
        if (where?.Language is { } language)
        {
            var value = language.Trim();
            entries = entries.Where(e => e.Profile != null && e.Profile.Languages.Contains(value));
        }
        if (where?.Theme is { } theme)
        {
            var value = theme.Trim();
            entries = entries.Where(e => e.Accreditation.Themes.Contains(value));
        }
        if (where?.MinSpareCapacity is { } minimum)
        {
            if (minimum < 0) throw new BadUserInputException("'where.minSpareCapacity' must not be negative.", "where.minSpareCapacity");
            entries = entries.Where(e => e.SpareCapacity >= minimum);
        }
        if (!string.IsNullOrWhiteSpace(where?.Search))
        {
            var text = where.Search.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Name.ToLower().Contains(text));
        }
        return entries.ToConnectionAsync(MentorSorting.Catalog.Resolve(orderBy), page, ct);
    }

    public Task<Connection<MentorAccreditation>> ListAsync(string? teacherId, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<MentorAccreditation>().AsNoTracking();
        if (teacherId is not null)
        {
            var id = GlobalId.Parse(teacherId, "teacherId", "Teacher").ToString();
            query = query.Where(a => a.TeacherId == id);
        }
        return query.ToConnectionAsync(AccreditationSorting.Catalog.Resolve(orderBy), page, ct);
    }

    private async Task<MentorAccreditation> FindAsync(string id, CancellationToken ct)
    {
        var key = trust.RequireLocalKey(id, "MentorAccreditation");
        return await db.Set<MentorAccreditation>().FirstOrDefaultAsync(a => a.Id == key, ct)
            ?? throw new NotFoundException($"There is no mentor accreditation '{id}'.");
    }
}

/// <summary>An entry of the mentor directory: an active accreditation and, when harvested, the mentor's public profile.</summary>
internal sealed class MentorEntry
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Nation { get; set; } = "";
    public int SpareCapacity { get; set; }
    public DateTime AccreditedUntil { get; set; }
    public MentorAccreditation Accreditation { get; set; } = null!;
    public MentorProfile? Profile { get; set; }
}
