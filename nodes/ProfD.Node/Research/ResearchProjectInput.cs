namespace ProfD.Node.Research;

internal sealed class ResearchProjectInput
{
    public string? CandidateId { get; set; }
    public string? Title { get; set; }
    public string? Question { get; set; }
    public string? Hypothesis { get; set; }
    public string? Method { get; set; }
    public string? Context { get; set; }
    public string? PupilsAgeRange { get; set; }
    public string? Setting { get; set; }
    public EthicsApprovalInput? EthicsApproval { get; set; }
    public string? Findings { get; set; }
    public string? ConclusionsForPractice { get; set; }
    public List<string>? Themes { get; set; }
    public List<string>? Languages { get; set; }
    public List<string>? ProvocationIds { get; set; }
}
