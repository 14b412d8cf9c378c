using ProfD.Schema.Filtering;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionWhere
{
    public EnumFilter<ExhibitionStatus>? Status { get; set; }
    public IdFilter? Candidate { get; set; }
    public string? Theme { get; set; }
    public string? Language { get; set; }
    public string? Search { get; set; }
}
