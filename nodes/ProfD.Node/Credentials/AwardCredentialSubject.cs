namespace ProfD.Node.Credentials;

/// <summary>What an award's credential states.</summary>
internal sealed record AwardCredentialSubject(
    string AwardKey,
    string CandidateKey,
    string CandidateName,
    string Title,
    string ExhibitionKey,
    string ExhibitionTitle,
    DateTime AwardedAt);
