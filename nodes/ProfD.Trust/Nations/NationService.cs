using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Trust.Data;
using ProfD.Trust.Graph;

namespace ProfD.Trust.Nations;

internal sealed class NationService(TrustDbContext db)
{
    public async Task<IReadOnlyList<Nation>> ListAsync(CancellationToken ct) =>
        await db.Set<Nation>().AsNoTracking().OrderBy(n => n.Code).ToListAsync(ct);

    public async Task<Nation> SetAsync(NationInput input, CancellationToken ct)
    {
        var code = InputRules.Nation(input.Code, "input.code");
        var nation = await db.Set<Nation>().FindAsync([code], ct);
        if (nation is null)
        {
            nation = new Nation
            {
                Code = code,
                Name = InputRules.Text(input.Name, "input.name"),
                Region = InputRules.Text(input.Region, "input.region", 64),
                Economy = input.Economy ?? throw new BadUserInputException("'input.economy' is required for a new nation: DEVELOPED or DEVELOPING.", "input.economy"),
            };
            db.Add(nation);
        }
        else
        {
            if (input.Name is not null) nation.Name = InputRules.Text(input.Name, "input.name");
            if (input.Region is not null) nation.Region = InputRules.Text(input.Region, "input.region", 64);
            if (input.Economy is { } economy) nation.Economy = economy;
        }
        await db.SaveChangesAsync(ct);
        return nation;
    }

    /// <summary>The nation of <paramref name="code"/>, which must be one the trust knows.</summary>
    public async Task<Nation> RequireAsync(string? code, string field, CancellationToken ct)
    {
        var iso = InputRules.Nation(code, field);
        return await db.Set<Nation>().AsNoTracking().FirstOrDefaultAsync(n => n.Code == iso, ct)
            ?? throw new BadUserInputException($"The trust does not know the nation '{iso}' in '{field}'; add it with setNation first.", field);
    }
}
