using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Institution;
using ProfD.Schema.Filtering;
using ProfD.Schema.Paging;

namespace ProfD.Node.Teachers;

internal sealed class TeacherQueries(NodeDbContext db, InstitutionProfile institution)
{
    public Task<Connection<Teacher>> ListAsync(TeacherWhere? where, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct)
    {
        var ordering = TeacherSorting.Catalog.Resolve(orderBy);
        var query = db.Set<Teacher>().AsNoTracking()
            .Where(t => t.SchoolId, where?.School, institution.Code, "School", "where.school")
            .Where(t => t.FamilyName, where?.FamilyName)
            .Search(where?.Search, t => t.GivenName, t => t.FamilyName);
        if (!string.IsNullOrWhiteSpace(where?.Language))
        {
            var language = where.Language.Trim();
            query = query.Where(t => t.Languages.Contains(language));
        }
        return query.ToConnectionAsync(ordering, page, ct);
    }
}
