using Microsoft.EntityFrameworkCore;
using ProfD.Node.Awards;
using ProfD.Node.Candidates;
using ProfD.Node.Credentials;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Adjudications;

/// <summary>
/// The institution confirms the panel's decision, after which the adjudication never changes:
/// <list type="bullet">
/// <item>PASS, or corrections signed off: the exhibition is ADJUDGED, the candidate AWARDED with the institution's
/// title (<see cref="NodeOptions.AwardTitle"/>) and a signed credential, and their mentorships end;</item>
/// <item>RESUBMIT: the exhibition goes back to DRAFT in a new version, for the candidate to work on and submit again;</item>
/// <item>FAIL: the exhibition is ADJUDGED without an award, the candidate's candidacy ends as WITHDRAWN and their
/// mentorships end.</item>
/// </list>
/// All of it happens in one transaction: if any step fails (the key store, say), nothing of it is saved.
/// </summary>
internal sealed class DecisionConfirmation(NodeDbContext db, InstitutionProfile institution, CredentialIssuer issuer, TimeProvider time)
{
    public Task<Adjudication> ConfirmAsync(string adjudicationId, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var adjudication = await db.FindByGlobalIdAsync<Adjudication>(institution, adjudicationId, "Adjudication", "adjudicationId", ct, q => q.Include(a => a.Panel));
        AdjudicationStateMachine.Ensure(adjudication, AdjudicationPhase.AwaitingConfirmation, "confirm the decision");
        var exhibition = await db.Exhibitions.Include(e => e.Versions).FirstAsync(e => e.Id == adjudication.ExhibitionId, ct);
        var candidate = await db.Candidates.Include(c => c.Teacher).FirstAsync(c => c.Id == exhibition.CandidateId, ct);
        if (!CandidateStageRules.IsActive(candidate.Stage))
            throw new ConflictException($"The candidate is {candidate.Stage.ToString().ToUpperInvariant()}; the decision can no longer be confirmed.");

        var now = time.GetUtcNow().UtcDateTime;
        var decision = AdjudicationStateMachine.FinalDecisionOf(adjudication);
        adjudication.FinalDecision = decision;
        adjudication.DecidedAt = now;
        adjudication.UpdatedAt = now;
        await db.SaveChangesAsync(ct);

        switch (decision)
        {
            case Recommendation.Pass:
                exhibition.Status = ExhibitionStatus.Adjudged;
                Finish(candidate, CandidateStage.Awarded, now);
                await EndMentorshipsAsync(candidate.Id, now, ct);
                await AwardAsync(candidate, exhibition, now, ct);
                break;
            case Recommendation.Resubmit:
                exhibition.Status = ExhibitionStatus.Draft;
                ExhibitionSubmissionMutations.StartNextVersion(exhibition, time, exhibition.CurrentVersion + 1);
                break;
            default:
                exhibition.Status = ExhibitionStatus.Adjudged;
                Finish(candidate, CandidateStage.Withdrawn, now);
                await EndMentorshipsAsync(candidate.Id, now, ct);
                break;
        }
        exhibition.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return adjudication;
    }, ct);

    private async Task AwardAsync(Candidate candidate, Exhibition exhibition, DateTime now, CancellationToken ct)
    {
        var award = new Award
        {
            Id = LocalKeys.New(time),
            CandidateId = candidate.Id,
            ExhibitionId = exhibition.Id,
            Title = institution.AwardTitle,
            AwardedAt = now,
        };
        db.Add(award);
        await db.SaveChangesAsync(ct);
        // Signed after the award row exists, inside the same transaction: a signing failure takes the award, the stage and the decision back.
        award.Credential = issuer.Issue(new AwardCredentialSubject(
            award.Id, candidate.Id, CandidateProfiles.DisplayName(candidate.Teacher!.GivenName, candidate.Teacher.FamilyName),
            award.Title, exhibition.Id, exhibition.Title, now));
    }

    private static void Finish(Candidate candidate, CandidateStage stage, DateTime now)
    {
        candidate.Stage = stage;
        candidate.UpdatedAt = now;
    }

    private async Task EndMentorshipsAsync(string candidateKey, DateTime now, CancellationToken ct)
    {
        var open = await db.Mentorships.Where(m => m.CandidateId == candidateKey && (m.EndedAt == null || m.EndedAt > now)).ToListAsync(ct);
        foreach (var mentorship in open) mentorship.EndedAt = now;
    }
}
