using ProfD.Trust.Nations;

namespace ProfD.Trust.Triangles;

/// <summary>A school in the trust's directory, harvested from its home node: what triangles are formed from.</summary>
internal sealed class DirectorySchool
{
    /// <summary>The school's global ID at its home node.</summary>
    public required string Id { get; set; }
    public required string HomeInstitution { get; set; }
    public required string Name { get; set; }
    public required string Nation { get; set; }
    public Economy Economy { get; set; }
    public string? City { get; set; }
    public DateTime HarvestedAt { get; set; }
    public long SourceSequence { get; set; }
}
