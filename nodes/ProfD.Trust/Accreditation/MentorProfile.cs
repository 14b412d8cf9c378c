namespace ProfD.Trust.Accreditation;

/// <summary>
/// A teacher's public mentor profile, harvested from their home node when they offer mentoring; the mentor directory
/// joins it to the trust's accreditation.
/// </summary>
internal sealed class MentorProfile
{
    /// <summary>The teacher's global ID at their home node.</summary>
    public required string Id { get; set; }
    public required string HomeInstitution { get; set; }
    public required string DisplayName { get; set; }
    public List<string> Languages { get; set; } = [];
    public List<string> Subjects { get; set; } = [];
    public string? SchoolId { get; set; }
    /// <summary>The nation of the teacher's school, else of their home institution.</summary>
    public required string Nation { get; set; }
    /// <summary>How many more mentees the teacher can take.</summary>
    public int? MentorCapacity { get; set; }
    public string? Bio { get; set; }
    public DateTime HarvestedAt { get; set; }
    public long SourceSequence { get; set; }
}
