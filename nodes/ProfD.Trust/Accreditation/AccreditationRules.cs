using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;
using ProfD.Trust.Data;
using ProfD.Trust.Graph;
using ProfD.Trust.Registry;

namespace ProfD.Trust.Accreditation;

/// <summary>
/// The rules of accreditation, each refused with an error naming it: a Teacher's global ID at a registered institution
/// that has not left; a named course completed (not in the future); accreditation starting no earlier than the
/// training ended; an end after the start and at most <see cref="MaxTerm"/> later; and no second accreditation while
/// one has not lapsed.
/// </summary>
internal sealed class AccreditationRules(TrustDbContext db, TimeProvider time)
{
    /// <summary>The longest term of one accreditation: five years, then the mentor trains again.</summary>
    public static readonly TimeSpan MaxTerm = TimeSpan.FromDays(5 * 366);

    public async Task<MentorAccreditation> CheckAsync(AccreditationInput input, string id, CancellationToken ct)
    {
        var teacher = GlobalId.Parse(input.TeacherId, "input.teacherId", "Teacher");
        var institution = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Code == teacher.Institution, ct);
        if (institution is null || institution.Status == InstitutionStatus.Left)
            throw new BadUserInputException($"'{teacher}' is at '{teacher.Institution}', which is not a registered institution of the programme.", "input.teacherId");
        var course = InputRules.Text(input.Course, "input.course");
        var now = time.GetUtcNow().UtcDateTime;
        var completed = input.CompletedAt?.ToUniversalTime()
            ?? throw new BadUserInputException("'input.completedAt' is required: accreditation follows completed training.", "input.completedAt");
        if (completed > now)
            throw new BadUserInputException("'input.completedAt' is in the future: accredit a mentor once the training is completed.", "input.completedAt");
        var from = input.AccreditedFrom?.ToUniversalTime() ?? now;
        if (from < completed)
            throw new BadUserInputException("'input.accreditedFrom' is before the training was completed; accreditation follows training.", "input.accreditedFrom");
        var until = input.AccreditedUntil?.ToUniversalTime()
            ?? throw new BadUserInputException("'input.accreditedUntil' is required.", "input.accreditedUntil");
        if (until <= from)
            throw new BadUserInputException("'input.accreditedUntil' must be after 'input.accreditedFrom'.", "input.accreditedUntil");
        if (until - from > MaxTerm)
            throw new BadUserInputException("An accreditation lasts at most five years; 'input.accreditedUntil' is later than that.", "input.accreditedUntil");

        var teacherId = teacher.ToString();
        var current = await db.Set<MentorAccreditation>().AsNoTracking()
            .Where(a => a.TeacherId == teacherId && a.AccreditedUntil > now)
            .FirstOrDefaultAsync(ct);
        if (current is not null)
            throw new ConflictException($"'{teacherId}' already holds an accreditation that has not lapsed ({current.StatusAt(now).ToString().ToUpperInvariant()} until {current.AccreditedUntil:yyyy-MM-dd}).", "input.teacherId");

        return new MentorAccreditation
        {
            Id = id,
            TeacherId = teacherId,
            HomeInstitution = teacher.Institution,
            Course = course,
            CompletedAt = completed,
            AccreditedFrom = from,
            AccreditedUntil = until,
            Themes = InputRules.Tags(input.Themes, "input.themes"),
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
