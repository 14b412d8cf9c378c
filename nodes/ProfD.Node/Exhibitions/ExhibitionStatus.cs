namespace ProfD.Node.Exhibitions;

/// <summary>DRAFT → SUBMITTED → UNDER_ADJUDICATION → ADJUDGED → PUBLISHED, and WITHDRAWN once published.</summary>
internal enum ExhibitionStatus
{
    Draft,
    Submitted,
    UnderAdjudication,
    Adjudged,
    Published,
    Withdrawn,
}
