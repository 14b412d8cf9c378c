namespace ProfD.Node.Exhibitions;

/// <summary>A candidate's shared, multimedia exhibition of their research.</summary>
internal sealed class Exhibition
{
    public required string Id { get; set; }
    public required string CandidateId { get; set; }
    public string? ProjectId { get; set; }
    public required string Title { get; set; }
    public required string Abstract { get; set; }
    public string? ResearchQuestion { get; set; }
    public string? Findings { get; set; }
    public string? ConclusionsForPractice { get; set; }
    public ExhibitionStatus Status { get; set; }
    public int CurrentVersion { get; set; } = 1;
    public List<string> Themes { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    /// <summary>Global IDs of the trust's provocations this work answers (for example <c>trust:Provocation:…</c>).</summary>
    public List<string> ProvocationIds { get; set; } = [];
    public string Licence { get; set; } = "CC-BY-4.0";
    public DateTime? PublishedAt { get; set; }
    /// <summary>When the candidate consented to publication.</summary>
    public DateTime? PublicationConsentAt { get; set; }
    /// <summary>When a published exhibition was withdrawn; the row stays as a tombstone.</summary>
    public DateTime? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }
    public List<ExhibitionSection> Sections { get; set; } = [];
    public List<MediaItem> Media { get; set; } = [];
    public List<ExhibitionShowing> Showings { get; set; } = [];
    public List<ExhibitionVersion> Versions { get; set; } = [];
    /// <summary>The global ID of the exhibition at another node this one was imported from, if it was.</summary>
    public string? ImportedFrom { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
