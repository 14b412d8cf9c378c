namespace ProfD.Node.Candidates;

internal sealed class EnrolmentInput
{
    public string? TeacherId { get; set; }
    public string? CohortId { get; set; }
    public CandidateStage? Stage { get; set; }
    public DateTime? EnrolledAt { get; set; }
}
