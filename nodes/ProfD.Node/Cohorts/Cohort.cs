namespace ProfD.Node.Cohorts;

/// <summary>An intake of candidates who research together, drawn from one or more schools.</summary>
internal sealed class Cohort
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public int IntakeYear { get; set; }
    public CohortStage Stage { get; set; }
    public List<CohortSchool> Schools { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
