namespace ProfD.Node.Adjudications;

/// <summary>A panel member and their independent preliminary report.</summary>
internal sealed class AdjudicatorReport
{
    public required string Id { get; set; }
    public required string AdjudicationId { get; set; }
    /// <summary>The adjudicator's global Teacher ID, at this or another node.</summary>
    public required string AdjudicatorId { get; set; }
    public string? Report { get; set; }
    public Recommendation? Recommendation { get; set; }
    public DateTime? SubmittedAt { get; set; }
}
