using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;
using ProfD.Schema.Paging;
using ProfD.Schema.Filtering;
using ProfD.Trust.Data;
using ProfD.Trust.Graph;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Triangles;

/// <summary>Forming, changing and dissolving triangles, and their partnership logs.</summary>
internal sealed class TriangleService(TrustDbContext db, TriangleRules rules, TrustProfile trust, TimeProvider time)
{
    public Task<Connection<Triangle>> ListAsync(TriangleWhere? where, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<Triangle>().AsNoTracking()
            .Where(t => t.Status, where?.Status)
            .Search(where?.Search, t => t.Name);
        if (where?.School is { } school)
        {
            var id = GlobalId.Parse(school, "where.school", "School").ToString();
            query = query.Where(t => t.Schools.Any(s => s.SchoolId == id));
        }
        return query.ToConnectionAsync(TriangleSorting.Catalog.Resolve(orderBy), page, ct);
    }

    public async Task<Triangle> FormAsync(TriangleInput input, CancellationToken ct)
    {
        var name = InputRules.Text(input.Name, "input.name");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var schools = await rules.CheckAsync(input.SchoolIds, null, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var id = LocalKeys.New(time);
        var triangle = new Triangle
        {
            Id = id,
            Name = name,
            Status = TriangleStatus.Active,
            FormedAt = now,
            UpdatedAt = now,
            Schools = [.. schools.Select((s, i) => new TriangleSchool { TriangleId = id, SchoolId = s, Position = i })],
        };
        db.Add(triangle);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return triangle;
    }

    public async Task<Triangle> ChangeAsync(string id, TriangleInput input, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var triangle = await FindAsync(id, ct);
        if (triangle.Status != TriangleStatus.Active)
            throw new ConflictException($"The triangle '{triangle.Name}' is dissolved; form a new one instead.", "id");
        if (input.Name is not null) triangle.Name = InputRules.Text(input.Name, "input.name");
        if (input.SchoolIds is not null)
        {
            var schools = await rules.CheckAsync(input.SchoolIds, triangle.Id, ct);
            db.RemoveRange(triangle.Schools.Where(s => !schools.Contains(s.SchoolId)));
            foreach (var (school, position) in schools.Select((s, i) => (s, i)))
            {
                var member = triangle.Schools.Find(s => s.SchoolId == school);
                if (member is null) db.Add(new TriangleSchool { TriangleId = triangle.Id, SchoolId = school, Position = position });
                else member.Position = position;
            }
        }
        triangle.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await db.Set<Triangle>().AsNoTracking().FirstAsync(t => t.Id == triangle.Id, ct);
    }

    public async Task<Triangle> DissolveAsync(string id, CancellationToken ct)
    {
        var triangle = await FindAsync(id, ct);
        if (triangle.Status == TriangleStatus.Dissolved)
            throw new ConflictException($"The triangle '{triangle.Name}' is already dissolved.", "id");
        var now = time.GetUtcNow().UtcDateTime;
        triangle.Status = TriangleStatus.Dissolved;
        triangle.DissolvedAt = now;
        triangle.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return triangle;
    }

    public async Task<TriangleActivity> LogAsync(string triangleId, TriangleActivityInput input, CancellationToken ct)
    {
        var triangle = await FindAsync(triangleId, ct);
        if (triangle.Status != TriangleStatus.Active)
            throw new ConflictException($"The triangle '{triangle.Name}' is dissolved; its log is closed.", "triangleId");
        var now = time.GetUtcNow().UtcDateTime;
        var occurredAt = input.OccurredAt?.ToUniversalTime() ?? throw new BadUserInputException("'input.occurredAt' is required.", "input.occurredAt");
        if (occurredAt > now)
            throw new BadUserInputException("'input.occurredAt' is in the future; log what has happened.", "input.occurredAt");
        var kind = input.Kind ?? throw new BadUserInputException("'input.kind' is required.", "input.kind");
        string? exhibition = null;
        if (input.ExhibitionId is not null) exhibition = GlobalId.Parse(input.ExhibitionId, "input.exhibitionId", "Exhibition").ToString();
        if (kind == TriangleActivityKind.SharedExhibition && exhibition is null)
            throw new BadUserInputException("A SHARED_EXHIBITION entry names the exhibition in 'input.exhibitionId'.", "input.exhibitionId");
        var activity = new TriangleActivity
        {
            Id = LocalKeys.New(time),
            TriangleId = triangle.Id,
            Kind = kind,
            OccurredAt = occurredAt,
            Summary = InputRules.Text(input.Summary, "input.summary", 2000),
            ExhibitionId = exhibition,
            RecordedAt = now,
        };
        db.Add(activity);
        await db.SaveChangesAsync(ct);
        return activity;
    }

    private async Task<Triangle> FindAsync(string id, CancellationToken ct)
    {
        var key = trust.RequireLocalKey(id, "Triangle");
        return await db.Set<Triangle>().FirstOrDefaultAsync(t => t.Id == key, ct)
            ?? throw new NotFoundException($"There is no triangle '{id}'.");
    }
}
