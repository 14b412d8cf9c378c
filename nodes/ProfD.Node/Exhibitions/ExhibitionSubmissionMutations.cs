using Microsoft.EntityFrameworkCore;
using ProfD.Node.Adjudications;
using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Research;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Exhibitions;

/// <summary>
/// Submission freezes the current version: its content in the common format is stored and never changes again, and
/// that is what the panel examines. Further work happens in a new version.
/// </summary>
internal sealed class ExhibitionSubmissionMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    public Task<Exhibition> SubmitAsync(string id, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var exhibition = await db.FindByGlobalIdAsync<Exhibition>(institution, id, "Exhibition", "id", ct,
            q => q.Include(e => e.Versions).Include(e => e.Sections).Include(e => e.Media).Include(e => e.Showings));
        // A candidacy that is over takes no more submissions: nobody would examine them (confirmDecision refuses too).
        var candidate = await db.Candidates.Include(c => c.Teacher).FirstAsync(c => c.Id == exhibition.CandidateId, ct);
        CandidateStageRules.EnsureActive(candidate.Stage, "their exhibition can no longer be submitted");
        var current = ExhibitionEditRules.CurrentVersion(exhibition);
        if (current.SubmittedAt is { } submitted)
            throw new ConflictException($"Version {current.Number} was already submitted on {submitted:yyyy-MM-dd}.");
        var correcting = exhibition.Status == ExhibitionStatus.UnderAdjudication;
        if (correcting)
        {
            // A new version while under adjudication is the corrections the panel asked for.
            var adjudication = await LatestAdjudicationAsync(exhibition.Id, ct);
            AdjudicationStateMachine.Ensure(adjudication, AdjudicationPhase.AwaitingCorrections, "submit corrections");
            AdjudicationStateMachine.EnsureWithinCorrectionsDeadline(adjudication, time.GetUtcNow().UtcDateTime);
        }
        else if (exhibition.Status != ExhibitionStatus.Draft)
        {
            throw new ConflictException($"The exhibition is {ExhibitionEditRules.Name(exhibition.Status)}; only a DRAFT can be submitted.");
        }
        ExhibitionSubmissionRules.Ensure(exhibition, exhibition.Sections, exhibition.Media, m => institution.GlobalIdOf("MediaItem", m.Id));

        var now = time.GetUtcNow().UtcDateTime;
        var links = exhibition.ProjectId is { } projectId
            ? (await db.ResearchProjects.AsNoTracking().FirstAsync(p => p.Id == projectId, ct)).BuildsOn
            : [];
        current.SubmittedAt = now;
        current.Content = ExhibitionDocumentBuilder.Json(institution.Code, new ExhibitionParts(
            exhibition, exhibition.Sections, exhibition.Media, exhibition.Showings, links,
            CandidateProfiles.DisplayName(candidate.Teacher!.GivenName, candidate.Teacher.FamilyName), current.Number, now));
        if (!correcting) exhibition.Status = ExhibitionStatus.Submitted;
        exhibition.UpdatedAt = now;
        if (candidate.Stage is CandidateStage.Enrolled or CandidateStage.Researching)
        {
            candidate.Stage = CandidateStage.Exhibiting;
            candidate.UpdatedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return exhibition;
    }, ct);

    /// <summary>Starts the next version as a draft, from the content of the last one, when the panel has asked for corrections.</summary>
    public Task<Exhibition> ReviseAsync(string id, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var exhibition = await db.FindByGlobalIdAsync<Exhibition>(institution, id, "Exhibition", "id", ct, q => q.Include(e => e.Versions));
        var current = ExhibitionEditRules.CurrentVersion(exhibition);
        if (current.SubmittedAt is null)
            throw new ConflictException($"Version {current.Number} is still a draft; edit it.");
        if (exhibition.Status != ExhibitionStatus.UnderAdjudication)
            throw new ConflictException($"The exhibition is {ExhibitionEditRules.Name(exhibition.Status)}: a new version is started only when the "
                + "panel asks for corrections (or, after RESUBMIT, when the decision is confirmed).");
        var adjudication = await LatestAdjudicationAsync(exhibition.Id, ct);
        AdjudicationStateMachine.Ensure(adjudication, AdjudicationPhase.AwaitingCorrections, "start a corrected version");
        StartNextVersion(exhibition, time, current.Number + 1);
        await db.SaveChangesAsync(ct);
        return exhibition;
    }, ct);

    /// <summary>
    /// Adds version <paramref name="number"/> as a draft and makes it current. The draft starts from the rows of the
    /// exhibition, which hold exactly the content of the version frozen before it.
    /// </summary>
    public static ExhibitionVersion StartNextVersion(Exhibition exhibition, TimeProvider time, int number)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var version = new ExhibitionVersion { Id = LocalKeys.New(time), ExhibitionId = exhibition.Id, Number = number, CreatedAt = now };
        exhibition.Versions.Add(version);
        exhibition.CurrentVersion = number;
        exhibition.UpdatedAt = now;
        return version;
    }

    private async Task<Adjudication> LatestAdjudicationAsync(string exhibitionKey, CancellationToken ct) =>
        await db.Adjudications.Include(a => a.Panel).Where(a => a.ExhibitionId == exhibitionKey)
            .OrderByDescending(a => a.ExhibitionVersion).FirstOrDefaultAsync(ct)
        ?? throw new ConflictException("The exhibition has no adjudication.");
}
