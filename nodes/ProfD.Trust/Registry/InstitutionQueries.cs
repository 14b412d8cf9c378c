using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Filtering;
using ProfD.Schema.Paging;
using ProfD.Trust.Data;

namespace ProfD.Trust.Registry;

internal sealed class InstitutionQueries(TrustDbContext db)
{
    public Task<Connection<Institution>> ListAsync(InstitutionWhere? where, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct)
    {
        var ordering = InstitutionSorting.Catalog.Resolve(orderBy);
        return db.Set<Institution>().AsNoTracking()
            .Where(i => i.Status, where?.Status)
            .Where(i => i.Nation, where?.Nation)
            .Search(where?.Search, i => i.Code, i => i.Name)
            .ToConnectionAsync(ordering, page, ct);
    }
}
