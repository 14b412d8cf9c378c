namespace ProfD.Node.Candidates;

/// <summary>ENROLLED → RESEARCHING → EXHIBITING → AWARDED, or WITHDRAWN from any stage before AWARDED.</summary>
internal enum CandidateStage
{
    Enrolled,
    Researching,
    Exhibiting,
    Awarded,
    Withdrawn,
}
