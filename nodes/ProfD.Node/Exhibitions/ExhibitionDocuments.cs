using GraphQL.DataLoader;
using ProfD.Node.Candidates;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Research;
using ProfD.Schema.Loading;

namespace ProfD.Node.Exhibitions;

/// <summary>
/// The exhibition-format JSON of an exhibition's versions for the API: a submitted version's frozen content as stored,
/// a draft rendered from the rows as they are now. Every part is a batched load queued before any is awaited, so a
/// list of exhibitions costs one statement per part, not per exhibition. Tombstones show nothing.
/// </summary>
internal sealed class ExhibitionDocuments(EntityLoader load, CandidateProfiles candidates, InstitutionProfile institution)
{
    /// <summary>The document of the exhibition's current version.</summary>
    public IDataLoaderResult<string?> CurrentOf(Exhibition exhibition)
    {
        if (ExhibitionTombstone.Hides(exhibition)) return new LoadedResult<string?>(null);
        var versions = load.ChildrenOf<ExhibitionVersion>(v => v.ExhibitionId, exhibition.Id);
        var live = Live(exhibition);
        return new DeferredResult<string?>(async ct =>
        {
            var current = (await versions.GetResultAsync(ct)).FirstOrDefault(v => v.Number == exhibition.CurrentVersion);
            return current?.SubmittedAt is not null ? current.Content : await live(current, ct);
        });
    }

    /// <summary>The document of one version: frozen if submitted, live if it is the current draft, else null.</summary>
    public IDataLoaderResult<string?> Of(Exhibition exhibition, ExhibitionVersion version)
    {
        if (ExhibitionTombstone.Hides(exhibition)) return new LoadedResult<string?>(null);
        if (version.SubmittedAt is not null) return new LoadedResult<string?>(version.Content);
        if (version.Number != exhibition.CurrentVersion) return new LoadedResult<string?>(null);
        var live = Live(exhibition);
        return new DeferredResult<string?>(ct => live(version, ct));
    }

    private Func<ExhibitionVersion?, CancellationToken, Task<string?>> Live(Exhibition exhibition)
    {
        var sections = load.ChildrenOf<ExhibitionSection>(s => s.ExhibitionId, exhibition.Id);
        var media = load.ChildrenOf<MediaItem>(m => m.ExhibitionId, exhibition.Id);
        var showings = load.ChildrenOf<ExhibitionShowing>(s => s.ExhibitionId, exhibition.Id);
        var project = exhibition.ProjectId is { } p ? load.ById<ResearchProject>(p) : new LoadedResult<ResearchProject?>(null);
        var author = candidates.Of(exhibition.CandidateId);
        return async (version, ct) =>
        {
            var parts = new ExhibitionParts(
                exhibition,
                await sections.GetResultAsync(ct),
                await media.GetResultAsync(ct),
                await showings.GetResultAsync(ct),
                (await project.GetResultAsync(ct))?.BuildsOn ?? [],
                (await author.GetResultAsync(ct))?.DisplayName,
                version?.Number ?? exhibition.CurrentVersion,
                version?.SubmittedAt);
            return ExhibitionDocumentBuilder.Json(institution.Code, parts);
        };
    }
}
