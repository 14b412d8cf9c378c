using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Schema.Filtering;
using ProfD.Schema.Paging;

namespace ProfD.Node.Schools;

internal sealed class SchoolQueries(NodeDbContext db)
{
    public Task<Connection<School>> ListAsync(SchoolWhere? where, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct)
    {
        var ordering = SchoolSorting.Catalog.Resolve(orderBy);
        return db.Set<School>().AsNoTracking()
            .Where(s => s.Name, where?.Name)
            .Where(s => s.Nation, where?.Nation)
            .Where(s => s.Economy, where?.Economy)
            .Search(where?.Search, s => s.Name, s => s.City!)
            .ToConnectionAsync(ordering, page, ct);
    }
}
