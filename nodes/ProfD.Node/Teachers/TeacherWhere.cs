using ProfD.Schema.Filtering;

namespace ProfD.Node.Teachers;

internal sealed class TeacherWhere
{
    public IdFilter? School { get; set; }
    public StringFilter? FamilyName { get; set; }
    public string? Language { get; set; }
    public string? Search { get; set; }
}
