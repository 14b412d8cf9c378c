namespace ProfD.Node.Credentials;

/// <summary>The answer to <c>verifyCredential</c>.</summary>
internal sealed record CredentialVerification(
    CredentialStatus Status,
    string? Reason,
    string? KeyId,
    string? AwardId,
    string? IssuerId,
    string? SubjectName,
    string? Achievement,
    DateTime? RevokedAt);
