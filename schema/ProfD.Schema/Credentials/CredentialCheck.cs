namespace ProfD.Schema.Credentials;

/// <summary>What <see cref="CredentialVerifier"/> found.</summary>
/// <param name="IsValid">Whether the signature matches a key of the set and the credential is unchanged.</param>
/// <param name="Reason">Why the credential is not valid; null when it is.</param>
/// <param name="KeyId">The key the proof names, when it names one.</param>
/// <param name="CredentialId">The credential's <c>id</c>, when it has one.</param>
/// <param name="IssuerId">The issuer's <c>id</c>, when given.</param>
/// <param name="SubjectId">The <c>credentialSubject.id</c>, when given.</param>
/// <param name="SubjectName">The <c>credentialSubject.name</c>, when given.</param>
/// <param name="AchievementName">The <c>credentialSubject.achievement.name</c>, when given.</param>
public sealed record CredentialCheck(
    bool IsValid,
    string? Reason,
    string? KeyId = null,
    string? CredentialId = null,
    string? IssuerId = null,
    string? SubjectId = null,
    string? SubjectName = null,
    string? AchievementName = null);
