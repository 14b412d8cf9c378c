using Microsoft.EntityFrameworkCore;
using ProfD.Trust.Accreditation;
using ProfD.Trust.Data;
using ProfD.Trust.Library;
using ProfD.Trust.Registry;
using ProfD.Trust.Triangles;

namespace ProfD.Trust.Dashboard;

/// <summary>
/// Builds the dashboard. From the trust's own data: accredited mentors, triangles complete and incomplete, published
/// exhibitions (the harvested library) and harvest lag. From each node's API at request time, all nodes at once within
/// the node timeout: candidates by stage, awards per year and months from enrolment to award. A node that does not
/// answer leaves its node figures null and is named; everything else is still shown.
/// </summary>
internal sealed class DashboardService(TrustDbContext db, NodeFigures nodes, TimeProvider time, ILogger<DashboardService> logger)
{
    private static readonly string[] ActiveStages = ["ENROLLED", "RESEARCHING", "EXHIBITING"];

    public async Task<ProgrammeDashboard> BuildAsync(string? institution, string? nation, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var institutions = await db.Set<Institution>().AsNoTracking()
            .Where(i => i.Status == InstitutionStatus.Active)
            .Where(i => institution == null || i.Code == institution)
            .Where(i => nation == null || i.Nation == nation)
            .OrderBy(i => i.Code)
            .ToListAsync(ct);

        var live = await Task.WhenAll(institutions.Select(async i =>
        {
            try
            {
                return (i.Code, Figures: (LiveFigures?)await nodes.FetchAsync(i.Endpoint, ct));
            }
            catch (NodeCallException ex)
            {
                logger.LogWarning("Dashboard figures of {Institution} unavailable: {Error}", i.Code, ex.Message);
                return (i.Code, Figures: (LiveFigures?)null);
            }
        }));
        var liveByCode = live.ToDictionary(l => l.Code, l => l.Figures);

        var mentors = await db.Set<MentorAccreditation>().AsNoTracking()
            .Where(a => a.SuspendedAt == null && a.AccreditedFrom <= now && a.AccreditedUntil > now)
            .GroupBy(a => a.HomeInstitution).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var exhibitions = await db.Set<LibraryExhibition>().AsNoTracking()
            .GroupBy(e => e.HomeInstitution).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var triangles = await TrianglesAsync(ct);
        var directory = await db.Set<DirectorySchool>().AsNoTracking().Select(s => s.Id).ToListAsync(ct);
        var inTriangles = triangles.SelectMany(t => t.Schools).ToHashSet();

        var rows = institutions.Select(i => Row(i.Code, i.Name, i.Nation, [i.Code], liveByCode, mentors, exhibitions,
            triangles.Where(t => t.Institutions.Contains(i.Code)).ToList(),
            HarvestLag(i.Harvest, now))).ToList();
        var nations = institutions.GroupBy(i => i.Nation).OrderBy(g => g.Key).Select(g => Row(g.Key, null, g.Key, [.. g.Select(i => i.Code)],
            liveByCode, mentors, exhibitions, triangles.Where(t => t.Nations.Contains(g.Key)).ToList(),
            g.Max(i => HarvestLag(i.Harvest, now)))).ToList();
        // Scoped by institution or nation, the programme row counts only the triangles the scope's rows count.
        IReadOnlyList<TriangleState> inScope = institution is null && nation is null ? triangles
            : [.. triangles.Where(t => institutions.Any(i => t.Institutions.Contains(i.Code)) && (nation == null || t.Nations.Contains(nation)))];
        var programme = Row("programme", null, null, [.. institutions.Select(i => i.Code)], liveByCode, mentors, exhibitions, inScope,
            institutions.Count == 0 ? null : institutions.Max(i => HarvestLag(i.Harvest, now)));
        return new ProgrammeDashboard(now, rows, nations, programme, directory.Count(s => !inTriangles.Contains(s)));
    }

    private static Figures Row(
        string scope, string? name, string? nation, IReadOnlyList<string> codes, Dictionary<string, LiveFigures?> live,
        Dictionary<string, int> mentors, Dictionary<string, int> exhibitions, IReadOnlyList<TriangleState> triangles, long? lag)
    {
        var answered = codes.Select(c => live.GetValueOrDefault(c)).OfType<LiveFigures>().ToList();
        var unavailable = codes.Where(c => live.GetValueOrDefault(c) is null).ToList();
        var mentorCount = codes.Sum(c => mentors.GetValueOrDefault(c));
        IReadOnlyList<(string, int)>? stages = null;
        IReadOnlyList<(int, int)>? awards = null;
        double? median = null, perCandidate = null;
        if (answered.Count > 0)
        {
            stages = [.. NodeFigures.Stages.Select(s => (s, answered.Sum(f => f.CandidatesByStage[s])))];
            var all = answered.SelectMany(f => f.Awards).ToList();
            awards = [.. all.GroupBy(a => a.AwardedAt.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))];
            median = Median(all.Select(a => (a.AwardedAt - a.EnrolledAt).TotalDays / 30.4375).ToList());
            var active = answered.Sum(f => ActiveStages.Sum(s => f.CandidatesByStage[s]));
            perCandidate = active == 0 ? null : Math.Round((double)mentorCount / active, 2);
        }
        return new Figures(scope, name, nation, stages, awards, median, mentorCount, perCandidate,
            triangles.Count(t => t.Complete), triangles.Count(t => !t.Complete),
            codes.Sum(c => exhibitions.GetValueOrDefault(c)), lag, unavailable);
    }

    private static double? Median(List<double> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        var middle = values.Count / 2;
        var median = values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        return Math.Round(median, 1);
    }

    private static long? HarvestLag(HarvestState state, DateTime now) => HarvestStatus.Of(state, now).LagSeconds;

    private async Task<List<TriangleState>> TrianglesAsync(CancellationToken ct)
    {
        var triangles = await db.Set<Triangle>().AsNoTracking().Where(t => t.Status == TriangleStatus.Active).ToListAsync(ct);
        var schoolIds = triangles.SelectMany(t => t.Schools.Select(s => s.SchoolId)).Distinct().ToList();
        var schools = await db.Set<DirectorySchool>().AsNoTracking().Where(s => schoolIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var active = await db.Set<Institution>().AsNoTracking().Where(i => i.Status == InstitutionStatus.Active).Select(i => i.Code).ToListAsync(ct);
        return [.. triangles.Select(t =>
        {
            var ids = t.Schools.Select(s => s.SchoolId).ToList();
            var complete = ids.Count == 3 && ids.All(id => schools.ContainsKey(id) && active.Contains(id.Split(':')[0]));
            return new TriangleState(ids, [.. ids.Select(id => id.Split(':')[0])], [.. ids.Select(id => schools.GetValueOrDefault(id)?.Nation).OfType<string>()], complete);
        })];
    }

    private sealed record TriangleState(IReadOnlyList<string> Schools, HashSet<string> Institutions, HashSet<string> Nations, bool Complete);
}
