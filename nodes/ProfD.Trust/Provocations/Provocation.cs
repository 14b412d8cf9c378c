namespace ProfD.Trust.Provocations;

/// <summary>A starting prompt for research, with resources, curated by the trust. Projects and exhibitions cite it by ID.</summary>
internal sealed class Provocation
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    /// <summary>The prompt itself, in Markdown.</summary>
    public required string Text { get; set; }
    public List<string> Themes { get; set; } = [];
    /// <summary>URLs of resources.</summary>
    public List<string> Links { get; set; } = [];
    public bool Retired { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
