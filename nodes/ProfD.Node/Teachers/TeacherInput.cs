namespace ProfD.Node.Teachers;

internal sealed class TeacherInput
{
    public string? SchoolId { get; set; }
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? Email { get; set; }
    public List<string>? Languages { get; set; }
    public List<string>? Subjects { get; set; }
}
