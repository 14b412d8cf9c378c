namespace ProfD.Node.Adjudications;

/// <summary>The examination of one submitted version of an exhibition by a panel.</summary>
internal sealed class Adjudication
{
    public required string Id { get; set; }
    public required string ExhibitionId { get; set; }
    public int ExhibitionVersion { get; set; }
    public Recommendation? JointRecommendation { get; set; }
    public string? JointReport { get; set; }
    public DateTime? CorrectionsDeadline { get; set; }
    public DateTime? CorrectionsSignedOffAt { get; set; }
    /// <summary>The exhibition version whose corrections were signed off.</summary>
    public int? CorrectedVersion { get; set; }
    public Recommendation? FinalDecision { get; set; }
    public DateTime? DecidedAt { get; set; }
    public List<AdjudicatorReport> Panel { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
