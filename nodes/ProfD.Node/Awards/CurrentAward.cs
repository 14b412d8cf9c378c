namespace ProfD.Node.Awards;

/// <summary>Which of a candidate's awards is theirs now.</summary>
internal static class CurrentAward
{
    /// <summary>The latest award that stands; if every one was revoked, the latest revoked one, so the revocation shows; null if none.</summary>
    public static Award? Of(IReadOnlyList<Award> awards) =>
        awards.OrderBy(a => a.RevokedAt is null ? 0 : 1).ThenByDescending(a => a.AwardedAt).ThenByDescending(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
}
