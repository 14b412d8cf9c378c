using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Loading;
using ProfD.Trust.Data;
using ProfD.Trust.Graph;
using ProfD.Trust.Registry;

namespace ProfD.Trust.Triangles;

/// <summary>Batched reads about triangles: their members in the directory, and the active triangle of a school.</summary>
internal sealed class TriangleLoader(TrustDbContext db, BatchLoaderRegistry loaders)
{
    public IDataLoaderResult<IReadOnlyList<TriangleMember>> MembersOf(Triangle triangle)
    {
        var ids = triangle.Schools.OrderBy(s => s.Position).Select(s => s.SchoolId).ToList();
        var results = ids.Select(Member).ToList();
        return new AllResults<TriangleMember>(results);
    }

    public IDataLoaderResult<bool> IsComplete(Triangle triangle) =>
        MembersOf(triangle).Then(members => triangle.Status == TriangleStatus.Active
            && members.Count == 3 && members.All(m => m.School is not null && m.InstitutionActive));

    /// <summary>The active triangle <paramref name="schoolId"/> is in, or null.</summary>
    public IDataLoaderResult<Triangle?> ActiveTriangleOf(string schoolId) =>
        loaders.GetOrAdd<string, Triangle?>("Triangle.bySchool", async (keys, ct) =>
        {
            var triangles = await db.Set<Triangle>().AsNoTracking()
                .Where(t => t.Status == TriangleStatus.Active && t.Schools.Any(s => keys.Contains(s.SchoolId)))
                .ToListAsync(ct);
            return triangles.SelectMany(t => t.Schools.Select(s => (s.SchoolId, Triangle: t)))
                .Where(p => keys.Contains(p.SchoolId))
                .GroupBy(p => p.SchoolId)
                .ToDictionary(g => g.Key, g => (Triangle?)g.First().Triangle);
        }).LoadAsync(schoolId);

    private IDataLoaderResult<TriangleMember> Member(string schoolId) =>
        loaders.GetOrAdd<string, TriangleMember>("TriangleMember.bySchool", async (keys, ct) =>
        {
            var schools = await db.Set<DirectorySchool>().AsNoTracking().Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
            var institutions = keys.Select(k => k.Split(':')[0]).Distinct().ToList();
            var active = await db.Set<Institution>().AsNoTracking()
                .Where(i => institutions.Contains(i.Code) && i.Status == InstitutionStatus.Active)
                .Select(i => i.Code).ToListAsync(ct);
            return keys.ToDictionary(k => k, k => new TriangleMember(k, schools.GetValueOrDefault(k), active.Contains(k.Split(':')[0])));
        }).LoadAsync(schoolId);

    /// <summary>Many loads awaited together, without fetching early.</summary>
    private sealed class AllResults<T>(IReadOnlyList<IDataLoaderResult<T>> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var list = new List<T>(results.Count);
            foreach (var result in results) list.Add(await result.GetResultAsync(cancellationToken));
            return list;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
