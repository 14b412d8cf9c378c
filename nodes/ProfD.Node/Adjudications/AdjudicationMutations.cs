using Microsoft.EntityFrameworkCore;
using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Adjudications;

/// <summary>Forming a panel and the panel's steps up to the institution's confirmation (see <see cref="DecisionConfirmation"/>).</summary>
internal sealed class AdjudicationMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    public Task<Adjudication> FormPanelAsync(string exhibitionId, IReadOnlyList<string> adjudicatorIds, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var exhibition = await db.FindByGlobalIdAsync<Exhibition>(institution, exhibitionId, "Exhibition", "exhibitionId", ct, q => q.Include(e => e.Versions));
        if (exhibition.Status != ExhibitionStatus.Submitted)
            throw new ConflictException($"The exhibition is {ExhibitionEditRules.Name(exhibition.Status)}; a panel is formed for a SUBMITTED exhibition.");
        var examined = ExhibitionEditRules.CurrentVersion(exhibition);
        var candidate = await db.Candidates.AsNoTracking().FirstAsync(c => c.Id == exhibition.CandidateId, ct);
        // A panel for a candidacy that is over could never have its decision confirmed; the exhibition would stay UNDER_ADJUDICATION.
        CandidateStageRules.EnsureActive(candidate.Stage, "no panel is formed for their exhibition");
        var mentors = await db.Mentorships.Where(m => m.CandidateId == candidate.Id).Select(m => m.MentorId).ToListAsync(ct);
        var members = PanelRules.Check(adjudicatorIds, institution.Code, institution.GlobalIdOf("Teacher", candidate.TeacherId), mentors);

        var local = members.Where(m => m.Institution == institution.Code).Select(m => m.Key).ToList();
        var known = await db.Teachers.Where(t => local.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        if (local.FirstOrDefault(k => !known.Contains(k)) is { } missing)
            throw new BadUserInputException($"There is no teacher '{institution.GlobalIdOf("Teacher", missing)}' at {institution.Code}.", "adjudicatorIds");

        var now = time.GetUtcNow().UtcDateTime;
        var adjudication = new Adjudication
        {
            Id = LocalKeys.New(time),
            ExhibitionId = exhibition.Id,
            // The panel examines exactly the version that was submitted.
            ExhibitionVersion = examined.Number,
            CreatedAt = now,
            UpdatedAt = now,
        };
        adjudication.Panel = [.. members.Select(m => new AdjudicatorReport { Id = LocalKeys.New(time), AdjudicationId = adjudication.Id, AdjudicatorId = m.ToString() })];
        db.Add(adjudication);
        exhibition.Status = ExhibitionStatus.UnderAdjudication;
        exhibition.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return adjudication;
    }, ct);

    public Task<Adjudication> SubmitPreliminaryReportAsync(string adjudicationId, string adjudicatorId, string report, Recommendation recommendation, CancellationToken ct) =>
        db.InTransactionAsync(async () =>
        {
            var adjudication = await FindAsync(adjudicationId, ct);
            var who = GlobalId.Parse(adjudicatorId?.Trim(), "adjudicatorId", "Teacher").ToString();
            var text = InputRules.Text(report, "report", InputRules.LongText);
            var member = adjudication.Panel.FirstOrDefault(r => r.AdjudicatorId == who)
                ?? throw new ProfDException(ErrorCodes.Forbidden, $"'{who}' is not on this panel.", "adjudicatorId");
            if (member.SubmittedAt is { } submitted)
                throw new ConflictException($"'{who}' already submitted their preliminary report on {submitted:yyyy-MM-dd}; it cannot change.", "adjudicatorId");
            AdjudicationStateMachine.Ensure(adjudication, AdjudicationPhase.AwaitingReports, "submit a preliminary report");
            var now = time.GetUtcNow().UtcDateTime;
            member.Report = text;
            member.Recommendation = recommendation;
            member.SubmittedAt = now;
            adjudication.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            return adjudication;
        }, ct);

    public Task<Adjudication> SubmitJointReportAsync(string adjudicationId, string report, Recommendation recommendation, DateTime? correctionsDeadline, CancellationToken ct) =>
        db.InTransactionAsync(async () =>
        {
            var adjudication = await FindAsync(adjudicationId, ct);
            AdjudicationStateMachine.Ensure(adjudication, AdjudicationPhase.AwaitingJointReport, "submit the joint report");
            var text = InputRules.Text(report, "report", InputRules.LongText);
            var now = time.GetUtcNow().UtcDateTime;
            var deadline = correctionsDeadline?.ToUniversalTime();
            if (AdjudicationStateMachine.RequiresCorrections(recommendation))
            {
                if (deadline is null) throw new BadUserInputException("Corrections need a 'correctionsDeadline'.", "correctionsDeadline");
                if (deadline <= now) throw new BadUserInputException("'correctionsDeadline' must be in the future.", "correctionsDeadline");
            }
            else if (deadline is not null)
            {
                throw new BadUserInputException("'correctionsDeadline' is given only with MINOR_CORRECTIONS or MAJOR_CORRECTIONS.", "correctionsDeadline");
            }
            adjudication.JointReport = text;
            adjudication.JointRecommendation = recommendation;
            adjudication.CorrectionsDeadline = deadline;
            adjudication.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            return adjudication;
        }, ct);

    public Task<Adjudication> SignOffCorrectionsAsync(string adjudicationId, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var adjudication = await FindAsync(adjudicationId, ct);
        AdjudicationStateMachine.Ensure(adjudication, AdjudicationPhase.AwaitingCorrections, "sign off corrections");
        var exhibition = await db.Exhibitions.Include(e => e.Versions).FirstAsync(e => e.Id == adjudication.ExhibitionId, ct);
        var current = ExhibitionEditRules.CurrentVersion(exhibition);
        if (current.Number <= adjudication.ExhibitionVersion || current.SubmittedAt is null)
            throw new ConflictException("No corrected version has been submitted yet: the candidate starts one with reviseExhibition and submits it.");
        var now = time.GetUtcNow().UtcDateTime;
        adjudication.CorrectionsSignedOffAt = now;
        adjudication.CorrectedVersion = current.Number;
        adjudication.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return adjudication;
    }, ct);

    private Task<Adjudication> FindAsync(string adjudicationId, CancellationToken ct) =>
        db.FindByGlobalIdAsync<Adjudication>(institution, adjudicationId, "Adjudication", "adjudicationId", ct, q => q.Include(a => a.Panel));
}
