using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Institution;
using ProfD.Schema.Filtering;
using ProfD.Schema.Paging;

namespace ProfD.Node.Cohorts;

internal sealed class CohortQueries(NodeDbContext db, InstitutionProfile institution)
{
    public Task<Connection<Cohort>> ListAsync(CohortWhere? where, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct)
    {
        var ordering = CohortSorting.Catalog.Resolve(orderBy);
        var query = db.Set<Cohort>().AsNoTracking()
            .Where(c => c.IntakeYear, where?.IntakeYear)
            .Where(c => c.Stage, where?.Stage)
            .Search(where?.Search, c => c.Name);
        if (where?.School is not null)
        {
            var schools = db.Set<CohortSchool>().Where(l => l.SchoolId, where.School, institution.Code, "School", "where.school");
            query = query.Where(c => schools.Any(l => l.CohortId == c.Id));
        }
        return query.ToConnectionAsync(ordering, page, ct);
    }
}
