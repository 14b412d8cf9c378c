using ProfD.Schema.Exhibitions;

namespace ProfD.Node.Exhibitions;

/// <summary>A face-to-face showing of an exhibition: at a school, on a day, somewhere, for an audience.</summary>
internal sealed class ExhibitionShowing
{
    public required string Id { get; set; }
    public required string ExhibitionId { get; set; }
    /// <summary>The school's global ID, at this or another node (a triangle partner, say).</summary>
    public required string SchoolId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Venue { get; set; }
    public ShowingAudience Audience { get; set; }
    public DateTime CreatedAt { get; set; }
}
