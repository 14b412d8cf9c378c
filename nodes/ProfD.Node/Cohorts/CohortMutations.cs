using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Schools;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Cohorts;

internal sealed class CohortMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    public async Task<Cohort> CreateAsync(CohortInput input, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var id = LocalKeys.New(time);
        var cohort = new Cohort
        {
            Id = id,
            Name = InputRules.Text(input.Name, "input.name"),
            IntakeYear = InputRules.Year(input.IntakeYear ?? throw new BadUserInputException("'input.intakeYear' is required.", "input.intakeYear"), "input.intakeYear"),
            Stage = input.Stage ?? CohortStage.Forming,
            Schools = [.. (await SchoolKeysAsync(input.SchoolIds, ct)).Select(s => new CohortSchool { CohortId = id, SchoolId = s })],
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(cohort);
        await db.SaveChangesAsync(ct);
        return cohort;
    }

    // In a transaction: a field refused after others were applied must not leave them for a later save in the request.
    public Task<Cohort> UpdateAsync(string id, CohortInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var key = institution.LocalKeyOf(id, "Cohort");
        var cohort = (key is null ? null : await db.Set<Cohort>().Include(c => c.Schools).FirstOrDefaultAsync(c => c.Id == key, ct))
            ?? throw new NotFoundException($"There is no cohort '{id}' at {institution.Code}.");
        if (input.Name is not null) cohort.Name = InputRules.Text(input.Name, "input.name");
        if (input.IntakeYear is { } year) cohort.IntakeYear = InputRules.Year(year, "input.intakeYear");
        if (input.Stage is { } stage) cohort.Stage = stage;
        if (input.SchoolIds is not null)
        {
            var wanted = await SchoolKeysAsync(input.SchoolIds, ct);
            cohort.Schools.RemoveAll(l => !wanted.Contains(l.SchoolId));
            foreach (var school in wanted.Where(s => cohort.Schools.All(l => l.SchoolId != s)))
                cohort.Schools.Add(new CohortSchool { CohortId = cohort.Id, SchoolId = school });
        }
        cohort.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return cohort;
    }, ct);

    private async Task<List<string>> SchoolKeysAsync(List<string>? ids, CancellationToken ct)
    {
        if (ids is not { Count: > 0 }) throw new BadUserInputException("'input.schoolIds' needs at least one school.", "input.schoolIds");
        var keys = new List<string>();
        foreach (var id in ids.Distinct())
        {
            keys.Add(institution.LocalKeyOf(id, "School", "input.schoolIds")
                ?? throw new BadUserInputException($"'{id}' is a school of another institution; a cohort's schools are at {institution.Code}.", "input.schoolIds"));
        }
        var known = await db.Set<School>().Where(s => keys.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        var missing = keys.Except(known).ToList();
        if (missing.Count > 0)
            throw new BadUserInputException($"There is no school '{institution.GlobalIdOf("School", missing[0])}' at {institution.Code}.", "input.schoolIds");
        return keys;
    }
}
