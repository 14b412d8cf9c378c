using Microsoft.EntityFrameworkCore;
using ProfD.Node.Access;
using ProfD.Node.Data;
using ProfD.Node.Institution;
using ProfD.Schema.Filtering;
using ProfD.Schema.Paging;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionQueries(NodeDbContext db, InstitutionProfile institution, VisibleRows visible)
{
    public Task<Connection<Exhibition>> ListAsync(ExhibitionWhere? where, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct)
    {
        var ordering = ExhibitionSorting.Catalog.Resolve(orderBy);
        var query = visible.Exhibitions(db.Set<Exhibition>().AsNoTracking())
            .Where(e => e.Status, where?.Status)
            .Where(e => e.CandidateId, where?.Candidate, institution.Code, "Candidate", "where.candidate")
            .Search(where?.Search, e => e.Title, e => e.Abstract);
        if (!string.IsNullOrWhiteSpace(where?.Theme))
        {
            var theme = where.Theme.Trim();
            query = query.Where(e => e.Themes.Contains(theme));
        }
        if (!string.IsNullOrWhiteSpace(where?.Language))
        {
            var language = where.Language.Trim();
            query = query.Where(e => e.Languages.Contains(language));
        }
        return query.ToConnectionAsync(ordering, page, ct);
    }
}
