namespace ProfD.Trust.Nations;

/// <summary>A nation the programme knows: its ISO code, region and economy classification.</summary>
internal sealed class Nation
{
    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Region { get; set; }
    public Economy Economy { get; set; }
}
