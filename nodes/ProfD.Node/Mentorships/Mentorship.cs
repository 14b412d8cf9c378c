namespace ProfD.Node.Mentorships;

/// <summary>A mentor from another school (possibly another node) following a candidate.</summary>
internal sealed class Mentorship
{
    public required string Id { get; set; }
    public required string CandidateId { get; set; }
    /// <summary>The mentor's global Teacher ID, at this or another node.</summary>
    public required string MentorId { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
}
