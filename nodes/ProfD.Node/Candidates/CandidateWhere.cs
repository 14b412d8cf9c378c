using ProfD.Schema.Filtering;

namespace ProfD.Node.Candidates;

internal sealed class CandidateWhere
{
    public EnumFilter<CandidateStage>? Stage { get; set; }
    public IdFilter? Cohort { get; set; }
    public IdFilter? School { get; set; }
    public IntFilter? IntakeYear { get; set; }
    public string? Search { get; set; }
}
