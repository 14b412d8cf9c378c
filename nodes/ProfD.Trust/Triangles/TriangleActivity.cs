namespace ProfD.Trust.Triangles;

/// <summary>A dated entry in a triangle's log of its partnership.</summary>
internal sealed class TriangleActivity
{
    public required string Id { get; set; }
    public required string TriangleId { get; set; }
    public TriangleActivityKind Kind { get; set; }
    public DateTime OccurredAt { get; set; }
    public required string Summary { get; set; }
    /// <summary>For SHARED_EXHIBITION: the exhibition's global ID.</summary>
    public string? ExhibitionId { get; set; }
    public DateTime RecordedAt { get; set; }
}

internal enum TriangleActivityKind
{
    Visit,
    JointResearch,
    Call,
    SharedExhibition,
}
