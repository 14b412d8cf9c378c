namespace ProfD.Node.Schools;

/// <summary>A school of this institution's programme.</summary>
internal sealed class School
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string Nation { get; set; }
    public Economy Economy { get; set; }
    public string? City { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
