using Microsoft.EntityFrameworkCore;
using ProfD.Node.Cohorts;
using ProfD.Node.Data;
using ProfD.Node.Institution;
using ProfD.Node.Teachers;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Candidates;

internal sealed class CandidateMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    public async Task<Candidate> EnrolAsync(EnrolmentInput input, CancellationToken ct)
    {
        var teacherKey = LocalKey(input.TeacherId, "Teacher", "input.teacherId");
        var teacher = await db.Set<Teacher>().FindAsync([teacherKey], ct)
            ?? throw new BadUserInputException($"There is no teacher '{input.TeacherId}' at {institution.Code}.", "input.teacherId");
        var cohort = await CohortAsync(input.CohortId, teacher, ct);
        var open = await db.Set<Candidate>()
            .Where(c => c.TeacherId == teacherKey && c.Stage != CandidateStage.Awarded && c.Stage != CandidateStage.Withdrawn)
            .AnyAsync(ct);
        if (open) throw new ConflictException($"{teacher.GivenName} {teacher.FamilyName} is already enrolled as a candidate.", "input.teacherId");
        if (input.Stage is { } stage && stage != CandidateStage.Enrolled)
            throw new BadUserInputException("A new enrolment starts at ENROLLED.", "input.stage");

        var now = time.GetUtcNow().UtcDateTime;
        var candidate = new Candidate
        {
            Id = LocalKeys.New(time),
            TeacherId = teacher.Id,
            CohortId = cohort.Id,
            Stage = CandidateStage.Enrolled,
            EnrolledAt = input.EnrolledAt?.ToUniversalTime() ?? now,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(candidate);
        await db.SaveChangesAsync(ct);
        return candidate;
    }

    public async Task<Candidate> UpdateAsync(string id, EnrolmentInput input, CancellationToken ct)
    {
        var key = institution.LocalKeyOf(id, "Candidate");
        var candidate = (key is null ? null : await db.Set<Candidate>().FindAsync([key], ct))
            ?? throw new NotFoundException($"There is no candidate '{id}' at {institution.Code}.");
        if (input.TeacherId is not null && LocalKey(input.TeacherId, "Teacher", "input.teacherId") != candidate.TeacherId)
            throw new BadUserInputException("An enrolment's teacher cannot change; enrol the other teacher instead.", "input.teacherId");
        if (!CandidateStageRules.IsActive(candidate.Stage))
            throw new ConflictException($"The enrolment is {candidate.Stage.ToString().ToUpperInvariant()} and can no longer change.");
        if (input.CohortId is not null)
        {
            var teacher = await db.Set<Teacher>().FindAsync([candidate.TeacherId], ct);
            candidate.CohortId = (await CohortAsync(input.CohortId, teacher!, ct)).Id;
        }
        if (input.Stage is { } stage)
        {
            CandidateStageRules.EnsureCanMove(candidate.Stage, stage);
            candidate.Stage = stage;
        }
        if (input.EnrolledAt is { } enrolledAt) candidate.EnrolledAt = enrolledAt.ToUniversalTime();
        candidate.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return candidate;
    }

    private async Task<Cohort> CohortAsync(string? cohortId, Teacher teacher, CancellationToken ct)
    {
        var key = LocalKey(cohortId, "Cohort", "input.cohortId");
        var cohort = await db.Set<Cohort>().Include(c => c.Schools).FirstOrDefaultAsync(c => c.Id == key, ct)
            ?? throw new BadUserInputException($"There is no cohort '{cohortId}' at {institution.Code}.", "input.cohortId");
        if (cohort.Schools.All(s => s.SchoolId != teacher.SchoolId))
            throw new BadUserInputException($"{teacher.GivenName} {teacher.FamilyName}'s school does not take part in the cohort '{cohort.Name}'.", "input.cohortId");
        return cohort;
    }

    private string LocalKey(string? id, string type, string field)
    {
        if (id is null) throw new BadUserInputException($"'{field}' is required.", field);
        return institution.LocalKeyOf(id, type, field)
            ?? throw new BadUserInputException($"'{id}' belongs to another institution; enrolments are made at the teacher's home node.", field);
    }
}
