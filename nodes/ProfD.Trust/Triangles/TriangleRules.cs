using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;
using ProfD.Trust.Data;
using ProfD.Trust.Nations;

namespace ProfD.Trust.Triangles;

/// <summary>
/// The rules a triangle's schools must keep, each refused with an error that names it: three distinct schools, all
/// known to the trust's (harvested) school directory, two DEVELOPED schools in two different nations plus one
/// DEVELOPING, and no school in another active triangle.
/// </summary>
internal sealed class TriangleRules(TrustDbContext db)
{
    public const string Field = "input.schoolIds";

    /// <summary>Checks <paramref name="schoolIds"/> for a triangle (<paramref name="triangleId"/> when changing one); returns the IDs in order.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(IReadOnlyList<string>? schoolIds, string? triangleId, CancellationToken ct)
    {
        var ids = (schoolIds ?? []).Select(id => GlobalId.Parse(id, Field, "School").ToString()).ToList();
        if (ids.Count != 3)
            throw new BadUserInputException($"A triangle joins exactly three schools; {ids.Count} were given.", Field);
        var twice = ids.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new BadUserInputException($"A triangle joins three distinct schools; '{twice.Key}' is named twice.", Field);

        var known = await db.Set<DirectorySchool>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var unknown = ids.FirstOrDefault(id => !known.ContainsKey(id));
        if (unknown is not null)
            throw new BadUserInputException($"The trust's school directory does not know '{unknown}'; schools are known once harvested from their node.", Field);

        var schools = ids.Select(id => known[id]).ToList();
        var developed = schools.Where(s => s.Economy == Economy.Developed).ToList();
        if (developed.Count != 2)
            throw new BadUserInputException(
                $"A triangle needs two schools in DEVELOPED economies and one in a DEVELOPING economy; these have {developed.Count} DEVELOPED and {3 - developed.Count} DEVELOPING.",
                Field);
        if (developed[0].Nation == developed[1].Nation)
            throw new BadUserInputException(
                $"A triangle's two DEVELOPED schools must be in two different nations; '{developed[0].Name}' and '{developed[1].Name}' are both in {developed[0].Nation}.",
                Field);

        var taken = await db.Set<TriangleSchool>().AsNoTracking()
            .Where(m => ids.Contains(m.SchoolId) && m.TriangleId != triangleId)
            .Join(db.Set<Triangle>().Where(t => t.Status == TriangleStatus.Active), m => m.TriangleId, t => t.Id, (m, t) => new { m.SchoolId, t.Name })
            .FirstOrDefaultAsync(ct);
        if (taken is not null)
            throw new ConflictException($"A school is in at most one active triangle; '{known[taken.SchoolId].Name}' is already in '{taken.Name}'.", Field);
        return ids;
    }
}
