namespace ProfD.Trust.Triangles;

internal sealed class TriangleInput
{
    public string? Name { get; set; }
    public List<string>? SchoolIds { get; set; }
}

internal sealed class TriangleActivityInput
{
    public TriangleActivityKind? Kind { get; set; }
    public DateTime? OccurredAt { get; set; }
    public string? Summary { get; set; }
    public string? ExhibitionId { get; set; }
}

internal sealed class TriangleWhere
{
    public ProfD.Schema.Filtering.EnumFilter<TriangleStatus>? Status { get; set; }
    public string? School { get; set; }
    public string? Search { get; set; }
}
