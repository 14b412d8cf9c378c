namespace ProfD.Node.Research;

/// <summary>A candidate's action research in their own school.</summary>
internal sealed class ResearchProject
{
    public required string Id { get; set; }
    public required string CandidateId { get; set; }
    public required string Title { get; set; }
    public required string Question { get; set; }
    public string? Hypothesis { get; set; }
    public string? Method { get; set; }
    /// <summary>Where the research happens: the school and class, in the candidate's words.</summary>
    public string? Context { get; set; }
    /// <summary>The pupils' ages, for example "9-11".</summary>
    public string? PupilsAgeRange { get; set; }
    /// <summary>The setting, for example "a mixed-attainment class of thirty".</summary>
    public string? Setting { get; set; }
    public string? EthicsApprovedBy { get; set; }
    public DateTime? EthicsApprovedAt { get; set; }
    public string? EthicsReference { get; set; }
    public string? Findings { get; set; }
    public string? ConclusionsForPractice { get; set; }
    public List<string> Themes { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    /// <summary>Global IDs of the trust's provocations this work answers (for example <c>trust:Provocation:…</c>).</summary>
    public List<string> ProvocationIds { get; set; } = [];
    public ProjectStatus Status { get; set; }
    public List<ResearchLink> BuildsOn { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
