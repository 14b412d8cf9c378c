using ProfD.Trust.Lineage;

namespace ProfD.Trust.Library;

/// <summary>
/// A "builds on" link harvested with a published exhibition: from the exhibition or its project (<see cref="SourceId"/>)
/// to earlier work anywhere in the federation (<see cref="TargetId"/>). Lineage and cited-by counts read these.
/// </summary>
internal sealed class LibraryLink
{
    /// <summary>The library exhibition whose harvest carried the link; the link goes when it does.</summary>
    public required string CarrierId { get; set; }
    public required string SourceId { get; set; }
    public required string TargetId { get; set; }
    public LinkRelation Relation { get; set; }
    public required string HomeInstitution { get; set; }
    public DateTime HarvestedAt { get; set; }
    public long SourceSequence { get; set; }
}
