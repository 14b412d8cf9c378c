using Microsoft.EntityFrameworkCore;
using ProfD.Node.Access;
using ProfD.Node.Data;
using ProfD.Node.Institution;
using ProfD.Schema.Filtering;
using ProfD.Schema.Paging;

namespace ProfD.Node.Research;

internal sealed class ResearchProjectQueries(NodeDbContext db, InstitutionProfile institution, VisibleRows visible)
{
    public Task<Connection<ResearchProject>> ListAsync(ResearchProjectWhere? where, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct)
    {
        var ordering = ResearchProjectSorting.Catalog.Resolve(orderBy);
        var query = visible.Projects(db.Set<ResearchProject>().AsNoTracking())
            .Where(p => p.Status, where?.Status)
            .Where(p => p.CandidateId, where?.Candidate, institution.Code, "Candidate", "where.candidate")
            .Search(where?.Search, p => p.Title, p => p.Question);
        if (!string.IsNullOrWhiteSpace(where?.Theme))
        {
            var theme = where.Theme.Trim();
            query = query.Where(p => p.Themes.Contains(theme));
        }
        return query.ToConnectionAsync(ordering, page, ct);
    }
}
