using ProfD.Schema.Filtering;

namespace ProfD.Trust.Registry;

internal sealed class InstitutionWhere
{
    public EnumFilter<InstitutionStatus>? Status { get; set; }
    public StringFilter? Nation { get; set; }
    public string? Search { get; set; }
}
