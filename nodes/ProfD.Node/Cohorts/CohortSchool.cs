namespace ProfD.Node.Cohorts;

/// <summary>A school taking part in a cohort.</summary>
internal sealed class CohortSchool
{
    public required string CohortId { get; set; }
    public required string SchoolId { get; set; }
}
