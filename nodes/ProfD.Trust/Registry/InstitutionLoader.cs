using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Ids;
using ProfD.Schema.Loading;
using ProfD.Trust.Data;

namespace ProfD.Trust.Registry;

/// <summary>Registered institutions by code, batched: one statement per level of a query.</summary>
internal sealed class InstitutionLoader(TrustDbContext db, BatchLoaderRegistry loaders)
{
    public IDataLoaderResult<Institution?> ByCode(string code) =>
        loaders.GetOrAdd<string, Institution?>("Institution.byCode", async (codes, ct) =>
        {
            var rows = await db.Set<Institution>().AsNoTracking().Where(i => codes.Contains(i.Code)).ToListAsync(ct);
            return rows.ToDictionary(i => i.Code, i => (Institution?)i);
        }).LoadAsync(code);

    /// <summary>The institution an ID <c>code:Institution:code</c> names, or null.</summary>
    public IDataLoaderResult<Institution?> ByGlobalId(string? id) =>
        GlobalId.TryParse(id, out var parsed) && parsed.Type == "Institution" && parsed.Key == parsed.Institution
            ? ByCode(parsed.Institution)
            : new LoadedResult<Institution?>(null);
}
