namespace ProfD.Client.Operations;

/// <summary>Variables of <c>WebExhibition</c>.</summary>
public sealed record WebExhibitionVariables(string Id);

/// <summary>Result of <c>WebExhibition</c>: the exhibition (null when no node holds it) and its lineage.</summary>
public sealed record WebExhibitionData(ExhibitionView? Exhibition, ExhibitionLineage Lineage);

/// <summary>An exhibition with everything its page shows.</summary>
public sealed record ExhibitionView(
    string Id, string Title, string? Abstract, string? ResearchQuestion, string? Findings, string? ConclusionsForPractice,
    string Status, IReadOnlyList<string> Themes, IReadOnlyList<string> Languages, string Licence, DateTimeOffset? PublishedAt,
    string? AuthorName, ExhibitionSchool? School, IReadOnlyList<ExhibitionSectionView> Sections, IReadOnlyList<ExhibitionMedia> Media,
    ExhibitionAward? Award);

/// <summary>Where the research was done.</summary>
public sealed record ExhibitionSchool(string Name, string Nation);

/// <summary>A section of the exhibition's body (Markdown).</summary>
public sealed record ExhibitionSectionView(int Position, string Heading, string Body);

/// <summary>A piece of the exhibition's media.</summary>
public sealed record ExhibitionMedia(
    string Id, int Position, string Kind, string Caption, string? AltText, string? Transcript, string? ContentType,
    string? MediaId, string? Url, double? DurationSeconds);

/// <summary>The award made for the exhibition.</summary>
public sealed record ExhibitionAward(string Id, string Title, DateTimeOffset AwardedAt, bool Revoked, DateTimeOffset? RevokedAt, string? Credential);

/// <summary>What the exhibition builds on and what builds on it.</summary>
public sealed record ExhibitionLineage(IReadOnlyList<LineageLinkView> BuildsOn, IReadOnlyList<LineageLinkView> CitedBy);

/// <summary>One link of the lineage: the work at the other end and its library exhibition, if any.</summary>
public sealed record LineageLinkView(string Relation, string Id, string HomeInstitution, LinkedExhibition? Exhibition);

/// <summary>The exhibition at the other end of a lineage link.</summary>
public sealed record LinkedExhibition(string Id, string Title);

/// <summary>Variables of <c>WebVerifyCredential</c>.</summary>
public sealed record WebVerifyCredentialVariables(string Credential, string? Node = null);

/// <summary>Result of <c>WebVerifyCredential</c>.</summary>
public sealed record WebVerifyCredentialData(CredentialCheck VerifyCredential);

/// <summary>What the issuing node says of a credential.</summary>
public sealed record CredentialCheck(string Status, bool Valid, string? Reason, string? AwardId, string? SubjectName);
