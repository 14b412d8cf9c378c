using ProfD.Node.Data;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Schema.Errors;

namespace ProfD.Node.Awards;

internal sealed class AwardMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    /// <summary>Revokes an award; its credential then verifies as REVOKED, with the reason.</summary>
    public Task<Award> RevokeAsync(string awardId, string reason, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var award = await db.FindByGlobalIdAsync<Award>(institution, awardId, "Award", "awardId", ct);
        var why = InputRules.Text(reason, "reason", 2000);
        if (award.RevokedAt is { } revoked)
            throw new ConflictException($"The award was already revoked on {revoked:yyyy-MM-dd}.");
        award.RevokedAt = time.GetUtcNow().UtcDateTime;
        award.RevocationReason = why;
        await db.SaveChangesAsync(ct);
        return award;
    }, ct);
}
