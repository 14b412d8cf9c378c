using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Ids;
using ProfD.Schema.Loading;
using ProfD.Trust.Data;
using ProfD.Trust.Federation;
using ProfD.Trust.Graph;
using ProfD.Trust.Hosting;
using ProfD.Trust.Provocations;

namespace ProfD.Trust.Library;

/// <summary>Batched reads of library records and the provocations they answer.</summary>
internal sealed class LibraryLoader(TrustDbContext db, BatchLoaderRegistry loaders, TrustProfile trust)
{
    public IDataLoaderResult<LibraryExhibition?> RecordOf(ExhibitionReference exhibition) =>
        exhibition.Record is { } known
            ? new LoadedResult<LibraryExhibition?>(known)
            : loaders.GetOrAdd<string, LibraryExhibition?>("LibraryExhibition.byId", async (keys, ct) =>
            {
                var rows = await db.Set<LibraryExhibition>().AsNoTracking().Where(e => keys.Contains(e.Id)).ToListAsync(ct);
                return rows.ToDictionary(e => e.Id, e => (LibraryExhibition?)e);
            }).LoadAsync(exhibition.Id);

    public IDataLoaderResult<IReadOnlyList<Provocation?>> ProvocationsOf(ExhibitionReference exhibition) =>
        loaders.GetOrAdd<string, IReadOnlyList<Provocation?>>("Provocation.byExhibition", async (keys, ct) =>
        {
            var records = await db.Set<LibraryExhibition>().AsNoTracking().Where(e => keys.Contains(e.Id))
                .Select(e => new { e.Id, e.ProvocationIds }).ToListAsync(ct);
            var local = records.SelectMany(r => r.ProvocationIds)
                .Select(id => GlobalId.TryParse(id, out var g) && g.Institution == trust.Code && g.Type == "Provocation" ? g.Key : null)
                .OfType<string>().Distinct().ToList();
            var provocations = await db.Set<Provocation>().AsNoTracking().Where(p => local.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            return records.ToDictionary(r => r.Id, r => (IReadOnlyList<Provocation?>)r.ProvocationIds
                .Select(id => GlobalId.TryParse(id, out var g) && g.Institution == trust.Code ? provocations.GetValueOrDefault(g.Key) : null)
                .ToList());
        }, _ => []).LoadAsync(exhibition.Id);
}
