namespace ProfD.Node.Research;

/// <summary>A project's link to earlier work anywhere in the federation, by global ID.</summary>
internal sealed class ResearchLink
{
    public required string Id { get; set; }
    public required string ProjectId { get; set; }
    /// <summary>The global ID of a ResearchProject or Exhibition, possibly at another node.</summary>
    public required string TargetId { get; set; }
    public LinkRelation Relation { get; set; }
    public DateTime CreatedAt { get; set; }
}
