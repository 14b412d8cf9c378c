using ProfD.Node.Schools;

namespace ProfD.Node.Teachers;

/// <summary>A person who teaches at one of the institution's schools; may be a candidate, a mentor, or both.</summary>
internal sealed class Teacher
{
    public required string Id { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public required string Email { get; set; }
    public required string SchoolId { get; set; }
    public School? School { get; set; }
    public List<string> Languages { get; set; } = [];
    public List<string> Subjects { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
