using ProfD.Schema.Filtering;

namespace ProfD.Node.Cohorts;

internal sealed class CohortWhere
{
    public IntFilter? IntakeYear { get; set; }
    public EnumFilter<CohortStage>? Stage { get; set; }
    public IdFilter? School { get; set; }
    public string? Search { get; set; }
}
