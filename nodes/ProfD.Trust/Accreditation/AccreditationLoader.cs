using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Loading;
using ProfD.Trust.Data;

namespace ProfD.Trust.Accreditation;

/// <summary>Batched reads of accreditations and mentor profiles by teacher.</summary>
internal sealed class AccreditationLoader(TrustDbContext db, BatchLoaderRegistry loaders)
{
    /// <summary>The teacher's latest accreditation (by end date), whatever its status; null if never accredited.</summary>
    public IDataLoaderResult<MentorAccreditation?> LatestOf(string teacherId) =>
        loaders.GetOrAdd<string, MentorAccreditation?>("MentorAccreditation.latestByTeacher", async (keys, ct) =>
        {
            var rows = await db.Set<MentorAccreditation>().AsNoTracking().Where(a => keys.Contains(a.TeacherId)).ToListAsync(ct);
            return rows.GroupBy(a => a.TeacherId)
                .ToDictionary(g => g.Key, g => (MentorAccreditation?)g.OrderByDescending(a => a.AccreditedUntil).ThenByDescending(a => a.Id).First());
        }).LoadAsync(teacherId);

    public IDataLoaderResult<MentorProfile?> ProfileOf(string teacherId) =>
        loaders.GetOrAdd<string, MentorProfile?>("MentorProfile.byId", async (keys, ct) =>
        {
            var rows = await db.Set<MentorProfile>().AsNoTracking().Where(p => keys.Contains(p.Id)).ToListAsync(ct);
            return rows.ToDictionary(p => p.Id, p => (MentorProfile?)p);
        }).LoadAsync(teacherId);
}
