using ProfD.Schema.Filtering;

namespace ProfD.Node.Research;

internal sealed class ResearchProjectWhere
{
    public EnumFilter<ProjectStatus>? Status { get; set; }
    public IdFilter? Candidate { get; set; }
    public string? Theme { get; set; }
    public string? Search { get; set; }
}
