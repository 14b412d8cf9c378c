using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Schema.Filtering;
using ProfD.Schema.Ids;
using ProfD.Schema.Paging;
using ProfD.Schema.Paging.GraphTypes;
using ProfD.Trust.Data;
using ProfD.Trust.Graph;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Provocations;

internal sealed class ProvocationInput
{
    public string? Title { get; set; }
    public string? Text { get; set; }
    public List<string>? Themes { get; set; }
    public List<string>? Links { get; set; }
}

internal sealed class ProvocationWhere
{
    public string? Theme { get; set; }
    public bool? Retired { get; set; }
    public string? Search { get; set; }
}

internal static class ProvocationSorting
{
    public static readonly SortCatalog<Provocation> Catalog = new(
        p => p.Id,
        [OrderBy.Asc("TITLE")],
        SortField<Provocation>.Create("TITLE", p => p.Title),
        SortField<Provocation>.Create("CREATED_AT", p => p.CreatedAt));
}

internal sealed class ProvocationOrderFieldGraphType() : SortFieldGraphType<Provocation>(ProvocationSorting.Catalog, "Fields provocations can be ordered by.");

/// <summary>Curating provocations: created, edited and retired by the trust; never deleted, since work cites them.</summary>
internal sealed class ProvocationService(TrustDbContext db, TrustProfile trust, TimeProvider time)
{
    public Task<Connection<Provocation>> ListAsync(ProvocationWhere? where, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<Provocation>().AsNoTracking().Search(where?.Search, p => p.Title, p => p.Text);
        if (where?.Theme is { } theme)
        {
            var value = theme.Trim();
            query = query.Where(p => p.Themes.Contains(value));
        }
        if (where?.Retired is { } retired) query = query.Where(p => p.Retired == retired);
        return query.ToConnectionAsync(ProvocationSorting.Catalog.Resolve(orderBy), page, ct);
    }

    public async Task<Provocation> CreateAsync(ProvocationInput input, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var provocation = new Provocation
        {
            Id = LocalKeys.New(time),
            Title = InputRules.Text(input.Title, "input.title"),
            Text = InputRules.Text(input.Text, "input.text", 20_000),
            Themes = InputRules.Tags(input.Themes, "input.themes"),
            Links = Links(input.Links),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(provocation);
        await db.SaveChangesAsync(ct);
        return provocation;
    }

    public async Task<Provocation> UpdateAsync(string id, ProvocationInput input, CancellationToken ct)
    {
        var provocation = await FindAsync(id, ct);
        if (input.Title is not null) provocation.Title = InputRules.Text(input.Title, "input.title");
        if (input.Text is not null) provocation.Text = InputRules.Text(input.Text, "input.text", 20_000);
        if (input.Themes is not null) provocation.Themes = InputRules.Tags(input.Themes, "input.themes");
        if (input.Links is not null) provocation.Links = Links(input.Links);
        provocation.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return provocation;
    }

    public async Task<Provocation> RetireAsync(string id, CancellationToken ct)
    {
        var provocation = await FindAsync(id, ct);
        if (provocation.Retired) throw new ConflictException($"'{provocation.Title}' is already retired.", "id");
        provocation.Retired = true;
        provocation.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return provocation;
    }

    private async Task<Provocation> FindAsync(string id, CancellationToken ct)
    {
        var key = trust.RequireLocalKey(id, "Provocation");
        return await db.Set<Provocation>().FirstOrDefaultAsync(p => p.Id == key, ct)
            ?? throw new NotFoundException($"There is no provocation '{id}'.");
    }

    private static List<string> Links(IEnumerable<string>? links)
    {
        var list = new List<string>();
        foreach (var link in links ?? [])
        {
            if (!Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new BadUserInputException($"'{link}' in 'input.links' is not an http:// or https:// URL.", "input.links");
            list.Add(uri.ToString());
        }
        if (list.Count > 20) throw new BadUserInputException("'input.links' takes at most 20 links.", "input.links");
        return list;
    }
}
