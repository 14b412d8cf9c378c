namespace ProfD.Node.Exhibitions;

/// <summary>A numbered version of an exhibition; once submitted, its content never changes.</summary>
internal sealed class ExhibitionVersion
{
    public required string Id { get; set; }
    public required string ExhibitionId { get; set; }
    public int Number { get; set; }
    /// <summary>The exhibition in the common format, as JSON, frozen at submission.</summary>
    public string? Content { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
}
