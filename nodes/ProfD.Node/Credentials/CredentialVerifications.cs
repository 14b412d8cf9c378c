using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Institution;
using ProfD.Schema.Credentials;
using ProfD.Schema.Ids;

namespace ProfD.Node.Credentials;

/// <summary>
/// Checks a credential against this node's published keys with the same offline verifier anyone can run
/// (<see cref="CredentialVerifier"/>), then asks the node's own record whether the award has been revoked.
/// </summary>
internal sealed class CredentialVerifications(NodeDbContext db, ISigningKeyStore keys, InstitutionProfile institution)
{
    public async Task<CredentialVerification> VerifyAsync(string credential, CancellationToken ct)
    {
        var check = CredentialVerifier.Verify(credential, keys.PublicKeys());
        CredentialVerification Result(CredentialStatus status, string? reason, DateTime? revokedAt = null) =>
            new(status, reason, check.KeyId, check.CredentialId, check.IssuerId, check.SubjectName, check.AchievementName, revokedAt);

        if (!check.IsValid) return Result(CredentialStatus.Invalid, check.Reason);
        if (!GlobalId.TryParse(check.CredentialId, out var id) || id.Institution != institution.Code || id.Type != "Award")
            return Result(CredentialStatus.Invalid, $"The credential's id '{check.CredentialId}' is not an award of {institution.Code}.");
        var award = await db.Awards.AsNoTracking().Where(a => a.Id == id.Key)
            .Select(a => new { a.RevokedAt, a.RevocationReason })
            .FirstOrDefaultAsync(ct);
        if (award is null) return Result(CredentialStatus.Invalid, $"{institution.Code} has no record of the award '{id}'.");
        if (award.RevokedAt is { } revoked)
            return Result(CredentialStatus.Revoked, $"The award was revoked on {revoked:yyyy-MM-dd}: {award.RevocationReason}", revoked);
        return Result(CredentialStatus.Valid, null);
    }
}
