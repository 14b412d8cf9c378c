using Microsoft.EntityFrameworkCore;
using ProfD.Node.Access;
using ProfD.Node.Cohorts;
using ProfD.Node.Data;
using ProfD.Node.Institution;
using ProfD.Node.Teachers;
using ProfD.Schema.Filtering;
using ProfD.Schema.Paging;

namespace ProfD.Node.Candidates;

internal sealed class CandidateQueries(NodeDbContext db, InstitutionProfile institution, VisibleRows visible)
{
    public Task<Connection<Candidate>> ListAsync(CandidateWhere? where, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct)
    {
        var ordering = CandidateSorting.Catalog.Resolve(orderBy);
        var query = visible.Candidates(db.Set<Candidate>().AsNoTracking())
            .Where(c => c.Stage, where?.Stage)
            .Where(c => c.CohortId, where?.Cohort, institution.Code, "Cohort", "where.cohort");
        if (where?.School is not null)
        {
            var teachers = db.Set<Teacher>().Where(t => t.SchoolId, where.School, institution.Code, "School", "where.school");
            query = query.Where(c => teachers.Any(t => t.Id == c.TeacherId));
        }
        if (where?.IntakeYear is not null)
        {
            var cohorts = db.Set<Cohort>().Where(x => x.IntakeYear, where.IntakeYear);
            query = query.Where(c => cohorts.Any(x => x.Id == c.CohortId));
        }
        if (!string.IsNullOrWhiteSpace(where?.Search))
        {
            var teachers = db.Set<Teacher>().Search(where.Search, t => t.GivenName, t => t.FamilyName);
            query = query.Where(c => teachers.Any(t => t.Id == c.TeacherId));
        }
        return query.ToConnectionAsync(ordering, page, ct);
    }
}
