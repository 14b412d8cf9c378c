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
    /// <summary>The teacher offers to mentor candidates at other schools; their mentor profile is then public.</summary>
    public bool OffersMentoring { get; set; }
    /// <summary>How many more mentees the teacher can take, when they offer mentoring.</summary>
    public int? MentorCapacity { get; set; }
    /// <summary>A short public biography for the mentor directory.</summary>
    public string? Bio { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
