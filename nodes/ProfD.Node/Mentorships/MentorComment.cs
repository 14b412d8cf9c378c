namespace ProfD.Node.Mentorships;

/// <summary>A mentor's dated comment on their mentee's research project or draft exhibition.</summary>
internal sealed class MentorComment
{
    public required string Id { get; set; }
    public required string MentorshipId { get; set; }
    /// <summary>The project commented on; null when the comment is on an exhibition.</summary>
    public string? ProjectId { get; set; }
    /// <summary>The exhibition commented on; null when the comment is on a project.</summary>
    public string? ExhibitionId { get; set; }
    /// <summary>The exhibition version the comment was made on, so it stays clear what it was about.</summary>
    public int? ExhibitionVersion { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
}
