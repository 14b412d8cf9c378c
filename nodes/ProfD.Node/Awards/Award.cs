namespace ProfD.Node.Awards;

/// <summary>The title granted to a candidate, with its signed verifiable credential.</summary>
internal sealed class Award
{
    public required string Id { get; set; }
    public required string CandidateId { get; set; }
    public required string ExhibitionId { get; set; }
    public required string Title { get; set; }
    public DateTime AwardedAt { get; set; }
    /// <summary>The signed credential (JSON), once issued.</summary>
    public string? Credential { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? RevocationReason { get; set; }
}
