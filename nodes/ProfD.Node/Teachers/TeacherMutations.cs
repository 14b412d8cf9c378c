using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Schools;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Teachers;

internal sealed class TeacherMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    public async Task<Teacher> CreateAsync(TeacherInput input, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var teacher = new Teacher
        {
            Id = LocalKeys.New(time),
            SchoolId = await SchoolKeyAsync(input.SchoolId, ct),
            GivenName = InputRules.Text(input.GivenName, "input.givenName", 100),
            FamilyName = InputRules.Text(input.FamilyName, "input.familyName", 100),
            Email = InputRules.Email(input.Email, "input.email"),
            Languages = InputRules.Tags(input.Languages, "input.languages"),
            Subjects = InputRules.Tags(input.Subjects, "input.subjects"),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await EnsureEmailFreeAsync(teacher.Email, null, ct);
        db.Add(teacher);
        await db.SaveChangesAsync(ct);
        return teacher;
    }

    // In a transaction: a field refused after others were applied must not leave them for a later save in the request.
    public Task<Teacher> UpdateAsync(string id, TeacherInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var key = institution.LocalKeyOf(id, "Teacher");
        var teacher = (key is null ? null : await db.Set<Teacher>().FindAsync([key], ct))
            ?? throw new NotFoundException($"There is no teacher '{id}' at {institution.Code}.");
        if (input.SchoolId is not null) teacher.SchoolId = await SchoolKeyAsync(input.SchoolId, ct);
        if (input.GivenName is not null) teacher.GivenName = InputRules.Text(input.GivenName, "input.givenName", 100);
        if (input.FamilyName is not null) teacher.FamilyName = InputRules.Text(input.FamilyName, "input.familyName", 100);
        if (input.Email is not null)
        {
            teacher.Email = InputRules.Email(input.Email, "input.email");
            await EnsureEmailFreeAsync(teacher.Email, teacher.Id, ct);
        }
        if (input.Languages is not null) teacher.Languages = InputRules.Tags(input.Languages, "input.languages");
        if (input.Subjects is not null) teacher.Subjects = InputRules.Tags(input.Subjects, "input.subjects");
        teacher.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return teacher;
    }, ct);

    /// <summary>Sets a teacher's public mentor profile: whether they offer mentoring, for how many more mentees, and a short bio.</summary>
    public Task<Teacher> UpdateMentorProfileAsync(string teacherId, bool offersMentoring, int? mentorCapacity, string? bio, CancellationToken ct) =>
        db.InTransactionAsync(async () =>
        {
            var teacher = await db.FindByGlobalIdAsync<Teacher>(institution, teacherId, "Teacher", "teacherId", ct);
            if (mentorCapacity is < 0 or > MaxMentorCapacity)
                throw new BadUserInputException($"'mentorCapacity' must be between 0 and {MaxMentorCapacity}.", "mentorCapacity");
            teacher.OffersMentoring = offersMentoring;
            teacher.MentorCapacity = mentorCapacity;
            teacher.Bio = InputRules.OptionalText(bio, "bio", 2000);
            teacher.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return teacher;
        }, ct);

    public const int MaxMentorCapacity = 20;

    private async Task<string> SchoolKeyAsync(string? schoolId, CancellationToken ct)
    {
        if (schoolId is null) throw new BadUserInputException("'input.schoolId' is required.", "input.schoolId");
        var key = institution.LocalKeyOf(schoolId, "School", "input.schoolId")
            ?? throw new BadUserInputException($"'{schoolId}' is a school of another institution; a teacher's school must be at {institution.Code}.", "input.schoolId");
        if (!await db.Set<School>().AnyAsync(s => s.Id == key, ct))
            throw new BadUserInputException($"There is no school '{schoolId}' at {institution.Code}.", "input.schoolId");
        return key;
    }

    private async Task EnsureEmailFreeAsync(string email, string? except, CancellationToken ct)
    {
        if (await db.Set<Teacher>().AnyAsync(t => t.Email == email && t.Id != except, ct))
            throw new ConflictException($"Another teacher at {institution.Code} already has the email address '{email}'.", "input.email");
    }
}
