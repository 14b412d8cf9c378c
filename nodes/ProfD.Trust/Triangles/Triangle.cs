namespace ProfD.Trust.Triangles;

/// <summary>Three schools, usually at three nodes: two in developed economies in two nations, one in a developing economy.</summary>
internal sealed class Triangle
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public TriangleStatus Status { get; set; }
    public DateTime FormedAt { get; set; }
    public DateTime? DissolvedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>The three schools, in the order given.</summary>
    public List<TriangleSchool> Schools { get; set; } = [];
}

/// <summary>A school's place in a triangle, by the school's global ID.</summary>
internal sealed class TriangleSchool
{
    public required string TriangleId { get; set; }
    public required string SchoolId { get; set; }
    public int Position { get; set; }
}

internal enum TriangleStatus
{
    Active,
    Dissolved,
}
