namespace ProfD.Trust.Library;

/// <summary>
/// The summary of a published exhibition, harvested from its home node: what the library searches and facets. The
/// node stays its only writable home; this copy is replaced by every change the node reports and removed when the
/// exhibition is withdrawn.
/// </summary>
internal sealed class LibraryExhibition
{
    /// <summary>The exhibition's global ID at its home node.</summary>
    public required string Id { get; set; }
    public required string HomeInstitution { get; set; }
    public required string Title { get; set; }
    public required string Abstract { get; set; }
    /// <summary>The findings of the project the exhibition presents, when the node shares them.</summary>
    public string? Findings { get; set; }
    public string? AuthorName { get; set; }
    public string Licence { get; set; } = "";
    public List<string> Themes { get; set; } = [];
    /// <summary>The themes as one text, for full-text search on both engines.</summary>
    public string ThemesText { get; set; } = "";
    public List<string> Languages { get; set; } = [];
    public List<string> MediaKinds { get; set; } = [];
    /// <summary>Global IDs of the trust's provocations the exhibition (or its project) answers.</summary>
    public List<string> ProvocationIds { get; set; } = [];
    /// <summary>The nation of the exhibition's school, else of its home institution.</summary>
    public required string Nation { get; set; }
    public string? SchoolId { get; set; }
    /// <summary>The global ID of the research project the exhibition presents.</summary>
    public string? ProjectId { get; set; }
    public DateTime PublishedAt { get; set; }
    public int Year { get; set; }
    /// <summary>Provenance: when the trust last received this record.</summary>
    public DateTime HarvestedAt { get; set; }
    /// <summary>Provenance: the sequence number of the node's change that carried it.</summary>
    public long SourceSequence { get; set; }
}
