using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Schema.Errors;

namespace ProfD.Node.Exhibitions;

/// <summary>
/// Publication makes an adjudged, awarded exhibition readable by anyone, with the candidate's consent; withdrawal
/// takes a published one down again and leaves a tombstone.
/// </summary>
internal sealed class ExhibitionPublicationMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    public Task<Exhibition> PublishAsync(string id, bool consent, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var exhibition = await db.FindByGlobalIdAsync<Exhibition>(institution, id, "Exhibition", "id", ct);
        if (!consent)
            throw new BadUserInputException("An exhibition is published only with the candidate's consent: pass consent: true once they have given it.", "consent");
        if (exhibition.Status != ExhibitionStatus.Adjudged)
            throw new ConflictException($"The exhibition is {ExhibitionEditRules.Name(exhibition.Status)}; only an ADJUDGED exhibition with an award can be published.");
        var awarded = await db.Awards.AnyAsync(a => a.ExhibitionId == exhibition.Id && a.RevokedAt == null, ct);
        if (!awarded)
            throw new ConflictException("The exhibition has no award that stands; it can be published only once the title has been awarded for it.");
        var now = time.GetUtcNow().UtcDateTime;
        exhibition.Status = ExhibitionStatus.Published;
        exhibition.PublishedAt = now;
        exhibition.PublicationConsentAt = now;
        exhibition.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return exhibition;
    }, ct);

    public Task<Exhibition> WithdrawAsync(string id, string reason, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var exhibition = await db.FindByGlobalIdAsync<Exhibition>(institution, id, "Exhibition", "id", ct);
        var why = InputRules.Text(reason, "reason", 2000);
        if (exhibition.Status != ExhibitionStatus.Published)
            throw new ConflictException($"The exhibition is {ExhibitionEditRules.Name(exhibition.Status)}; only a PUBLISHED exhibition can be withdrawn.");
        var now = time.GetUtcNow().UtcDateTime;
        exhibition.Status = ExhibitionStatus.Withdrawn;
        exhibition.WithdrawnAt = now;
        exhibition.WithdrawalReason = why;
        exhibition.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return exhibition;
    }, ct);
}
