using ProfD.Schema.Filtering;

namespace ProfD.Node.Schools;

internal sealed class SchoolWhere
{
    public StringFilter? Name { get; set; }
    public StringFilter? Nation { get; set; }
    public EnumFilter<Economy>? Economy { get; set; }
    public string? Search { get; set; }
}
