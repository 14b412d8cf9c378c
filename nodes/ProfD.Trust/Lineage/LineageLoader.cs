using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Loading;
using ProfD.Trust.Data;
using ProfD.Trust.Federation;
using ProfD.Trust.Library;

namespace ProfD.Trust.Lineage;

/// <summary>
/// Lineage from the harvested links, batched (three statements per level however many works are asked about). An
/// exhibition and the project it presents count as one work: an exhibition builds on what its project builds on, and
/// whatever cites the project cites the exhibition.
/// </summary>
internal sealed class LineageLoader(TrustDbContext db, BatchLoaderRegistry loaders)
{
    public IDataLoaderResult<IReadOnlyList<LineageLink>> BuildsOn(string workId) => Load("Lineage.buildsOn", workId, citedBy: false);

    public IDataLoaderResult<IReadOnlyList<LineageLink>> CitedBy(string workId) => Load("Lineage.citedBy", workId, citedBy: true);

    private IDataLoaderResult<IReadOnlyList<LineageLink>> Load(string name, string workId, bool citedBy) =>
        loaders.GetOrAdd<string, IReadOnlyList<LineageLink>>(name, (keys, ct) => FetchAsync(keys, citedBy, ct), _ => []).LoadAsync(workId);

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<LineageLink>>> FetchAsync(IReadOnlyList<string> keys, bool citedBy, CancellationToken ct)
    {
        var exhibitions = db.Set<LibraryExhibition>().AsNoTracking();
        var near = await exhibitions.Where(e => keys.Contains(e.Id) || (e.ProjectId != null && keys.Contains(e.ProjectId)))
            .Select(e => new { e.Id, e.ProjectId }).ToListAsync(ct);
        var aliases = keys.ToDictionary(k => k, k => new HashSet<string> { k });
        foreach (var e in near)
        {
            if (aliases.TryGetValue(e.Id, out var ofExhibition) && e.ProjectId is not null) ofExhibition.Add(e.ProjectId);
            if (e.ProjectId is not null && aliases.TryGetValue(e.ProjectId, out var ofProject)) ofProject.Add(e.Id);
        }
        var all = aliases.Values.SelectMany(a => a).Distinct().ToList();
        var links = citedBy
            ? await db.Set<LibraryLink>().AsNoTracking().Where(l => all.Contains(l.TargetId)).ToListAsync(ct)
            : await db.Set<LibraryLink>().AsNoTracking().Where(l => all.Contains(l.SourceId)).ToListAsync(ct);

        var others = links.Select(l => citedBy ? l.SourceId : l.TargetId).Distinct().ToList();
        var far = await exhibitions.Where(e => others.Contains(e.Id) || (e.ProjectId != null && others.Contains(e.ProjectId))).ToListAsync(ct);
        ExhibitionReference? ExhibitionFor(string id) =>
            far.Find(e => e.Id == id) is { } same ? new ExhibitionReference(same.Id, same)
            : far.Find(e => e.ProjectId == id) is { } presenting ? new ExhibitionReference(presenting.Id, presenting)
            : null;

        return aliases.ToDictionary(a => a.Key, a => (IReadOnlyList<LineageLink>)links
            .Where(l => a.Value.Contains(citedBy ? l.TargetId : l.SourceId))
            .Select(l =>
            {
                var other = citedBy ? l.SourceId : l.TargetId;
                return new LineageLink(l.Relation, other, citedBy ? l.TargetId : l.SourceId, ExhibitionFor(other), l.HarvestedAt);
            })
            // The same work reached through both an exhibition and its project counts once, under the exhibition's ID.
            .GroupBy(l => (Work: l.Exhibition?.Id ?? l.Id, l.Relation))
            .Select(g => g.OrderBy(l => l.Id == g.Key.Work ? 0 : 1).ThenBy(l => l.Via, StringComparer.Ordinal).First())
            .OrderBy(l => l.Id, StringComparer.Ordinal)
            .ToList());
    }
}
