namespace ProfD.Node.Cohorts;

internal sealed class CohortInput
{
    public string? Name { get; set; }
    public int? IntakeYear { get; set; }
    public CohortStage? Stage { get; set; }
    public List<string>? SchoolIds { get; set; }
}
