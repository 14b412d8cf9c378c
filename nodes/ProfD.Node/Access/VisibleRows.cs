using ProfD.Node.Candidates;
using ProfD.Node.Exhibitions;
using ProfD.Node.Research;

namespace ProfD.Node.Access;

/// <summary>
/// The rows of a list the caller may see, as a database filter, so pages are full and totalCount counts only those.
/// It says what the type rules in <see cref="NodeAccess"/> say; the middleware still checks every row it returns.
/// </summary>
internal sealed class VisibleRows(CallerRelations relations, PermitAllNodeAccess? permitAll = null)
{
    public IQueryable<Exhibition> Exhibitions(IQueryable<Exhibition> rows)
    {
        if (permitAll is not null || relations.Caller.AdministersInstitution(relations.Institution)) return rows;
        var candidates = Concerned();
        var adjudicated = relations.AdjudicatedExhibitions.ToList();
        return rows.Where(e => e.Status == ExhibitionStatus.Published || e.Status == ExhibitionStatus.Withdrawn
            || candidates.Contains(e.CandidateId) || adjudicated.Contains(e.Id));
    }

    public IQueryable<Candidate> Candidates(IQueryable<Candidate> rows)
    {
        if (permitAll is not null || relations.Caller.IsMemberOf(relations.Institution) || IsHarvester) return rows;
        var candidates = Concerned();
        return rows.Where(c => candidates.Contains(c.Id));
    }

    public IQueryable<ResearchProject> Projects(IQueryable<ResearchProject> rows)
    {
        if (permitAll is not null || relations.Caller.IsMemberOf(relations.Institution)) return rows;
        var candidates = Concerned();
        return rows.Where(p => candidates.Contains(p.CandidateId));
    }

    private bool IsHarvester => relations.Caller.HasRole(ProfD.Schema.Identity.FederationRoles.Harvester)
        || relations.Caller.Scopes.Contains(ProfD.Schema.Identity.FederationScopes.Harvest);

    // The caller's own candidacies and their mentees.
    private List<string> Concerned() => [.. relations.OwnCandidates, .. relations.MenteeCandidates];
}
