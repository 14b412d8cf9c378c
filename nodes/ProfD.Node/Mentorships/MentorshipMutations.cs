using Microsoft.EntityFrameworkCore;
using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Research;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Mentorships;

internal sealed class MentorshipMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    public Task<Mentorship> AssignAsync(string candidateId, string mentorId, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var candidateKey = institution.LocalKeyOf(candidateId, "Candidate", "candidateId")
            ?? throw new BadUserInputException($"'{candidateId}' is a candidate of another institution; assign their mentor at their home node.", "candidateId");
        var candidate = await db.Candidates.Include(c => c.Teacher).FirstOrDefaultAsync(c => c.Id == candidateKey, ct)
            ?? throw new BadUserInputException($"There is no candidate '{candidateId}' at {institution.Code}.", "candidateId");
        if (!CandidateStageRules.IsActive(candidate.Stage))
            throw new ConflictException($"The candidate is {candidate.Stage.ToString().ToUpperInvariant()}; mentors are assigned to enrolled candidates.", "candidateId");
        var mentor = GlobalId.Parse(mentorId?.Trim(), "mentorId", "Teacher");
        string? mentorSchool = null;
        if (mentor.Institution == institution.Code)
        {
            if (mentor.Key == candidate.TeacherId) throw new BadUserInputException("A candidate cannot mentor themselves.", "mentorId");
            mentorSchool = await db.Teachers.Where(t => t.Id == mentor.Key).Select(t => t.SchoolId).FirstOrDefaultAsync(ct)
                ?? throw new BadUserInputException($"There is no teacher '{mentor}' at {institution.Code}.", "mentorId");
        }
        MentorshipRules.EnsureDifferentSchool(candidate.Teacher!.SchoolId, mentorSchool);

        var now = time.GetUtcNow().UtcDateTime;
        var mentorText = mentor.ToString();
        var current = await db.Mentorships.Where(m => m.CandidateId == candidate.Id && m.MentorId == mentorText).ToListAsync(ct);
        if (current.Any(m => MentorshipRules.IsActive(m, now)))
            throw new ConflictException($"'{mentor}' already mentors this candidate.", "mentorId");
        var mentorship = new Mentorship { Id = LocalKeys.New(time), CandidateId = candidate.Id, MentorId = mentorText, StartedAt = now };
        db.Add(mentorship);
        await db.SaveChangesAsync(ct);
        return mentorship;
    }, ct);

    public Task<Mentorship> EndAsync(string id, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var mentorship = await db.FindByGlobalIdAsync<Mentorship>(institution, id, "Mentorship", "id", ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (mentorship.EndedAt is { } ended && ended <= now)
            throw new ConflictException($"The mentorship already ended on {ended:yyyy-MM-dd}.");
        mentorship.EndedAt = now;
        await db.SaveChangesAsync(ct);
        return mentorship;
    }, ct);

    public Task<MentorComment> CommentAsync(string mentorshipId, string on, string text, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var mentorship = await db.FindByGlobalIdAsync<Mentorship>(institution, mentorshipId, "Mentorship", "mentorshipId", ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (!MentorshipRules.IsActive(mentorship, now))
            throw new ConflictException("The mentorship is not active; only a current mentor comments on the candidate's work.", "mentorshipId");
        var body = InputRules.Text(text, "text", MentorshipRules.CommentLength);
        var target = GlobalId.Parse(on?.Trim(), "on");
        if (target.Type is not ("ResearchProject" or "Exhibition"))
            throw new BadUserInputException($"'{on}' is a {target.Type}; a mentor comments on a ResearchProject or an Exhibition.", "on");
        var comment = new MentorComment { Id = LocalKeys.New(time), MentorshipId = mentorship.Id, Text = body, CreatedAt = now };
        var notTheirs = new BadUserInputException($"'{on}' is not work of this mentorship's candidate.", "on");
        if (target.Institution != institution.Code) throw notTheirs;
        if (target.Type == "ResearchProject")
        {
            var project = await db.ResearchProjects.Where(p => p.Id == target.Key).Select(p => new { p.CandidateId, p.Status }).FirstOrDefaultAsync(ct);
            if (project is null || project.CandidateId != mentorship.CandidateId) throw notTheirs;
            // Mentors guide research in progress; a concluded project is closed (see ProjectStatusRules).
            if (project.Status == ProjectStatus.Concluded)
                throw new ConflictException("Mentors comment on research in progress; the project is CONCLUDED and can no longer change.", "on");
            comment.ProjectId = target.Key;
        }
        else
        {
            var exhibition = await db.Exhibitions.Include(e => e.Versions).FirstOrDefaultAsync(e => e.Id == target.Key, ct);
            if (exhibition is null || exhibition.CandidateId != mentorship.CandidateId) throw notTheirs;
            // Mentors guide drafts; a submitted version belongs to the panel, which examines it independently.
            if (!ExhibitionEditRules.IsEditable(exhibition, ExhibitionEditRules.CurrentVersion(exhibition)))
                throw new ConflictException("Mentors comment on a draft; the exhibition's current version has been submitted.", "on");
            comment.ExhibitionId = target.Key;
            comment.ExhibitionVersion = exhibition.CurrentVersion;
        }
        db.Add(comment);
        await db.SaveChangesAsync(ct);
        return comment;
    }, ct);
}
