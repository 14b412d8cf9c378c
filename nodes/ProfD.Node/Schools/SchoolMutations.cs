using ProfD.Node.Data;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Schools;

internal sealed class SchoolMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    public async Task<School> CreateAsync(SchoolInput input, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var school = new School
        {
            Id = LocalKeys.New(time),
            Name = InputRules.Text(input.Name, "input.name"),
            Nation = InputRules.Nation(input.Nation, "input.nation"),
            Economy = input.Economy ?? throw new BadUserInputException("'input.economy' is required: DEVELOPED or DEVELOPING.", "input.economy"),
            City = InputRules.OptionalText(input.City, "input.city"),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(school);
        await db.SaveChangesAsync(ct);
        return school;
    }

    // In a transaction: a field refused after others were applied must not leave them for a later mutation to save.
    public Task<School> UpdateAsync(string id, SchoolInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var school = await FindAsync(id, ct);
        if (input.Name is not null) school.Name = InputRules.Text(input.Name, "input.name");
        if (input.Nation is not null) school.Nation = InputRules.Nation(input.Nation, "input.nation");
        if (input.Economy is { } economy) school.Economy = economy;
        if (input.City is not null) school.City = InputRules.OptionalText(input.City, "input.city");
        school.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return school;
    }, ct);

    private async Task<School> FindAsync(string id, CancellationToken ct)
    {
        var key = institution.LocalKeyOf(id, "School");
        return (key is null ? null : await db.Set<School>().FindAsync([key], ct))
            ?? throw new NotFoundException($"There is no school '{id}' at {institution.Code}.");
    }
}
