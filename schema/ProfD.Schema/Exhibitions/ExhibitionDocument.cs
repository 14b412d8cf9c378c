namespace ProfD.Schema.Exhibitions;

/// <summary>
/// An exhibition in the common format <c>exhibition-format/1.0</c>: the document that moves between nodes and nations,
/// that a submission freezes, and that <c>schema/exhibition-format-1.0.schema.json</c> describes. Read and write it with
/// <see cref="ExhibitionFormat"/>.
/// </summary>
public sealed record ExhibitionDocument
{
    /// <summary>The format and its version; always <see cref="ExhibitionFormat.Version"/> for documents you create.</summary>
    public string Format { get; init; } = ExhibitionFormat.Version;

    /// <summary>The exhibition's global ID, for example <c>uclioe:Exhibition:01J…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The code of the institution whose node holds the exhibition.</summary>
    public required string Institution { get; init; }

    /// <summary>The number of the exhibition version this document shows (1 for the first).</summary>
    public int? Version { get; init; }

    /// <summary>When this version was submitted; null for a draft.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>Who made the exhibition.</summary>
    public DocumentAuthor? Author { get; init; }

    /// <summary>The exhibition's title.</summary>
    public required string Title { get; init; }

    /// <summary>A summary of a few sentences.</summary>
    public string? Abstract { get; init; }

    /// <summary>The research question the exhibition answers.</summary>
    public string? ResearchQuestion { get; init; }

    /// <summary>The body of the exhibition, in reading order.</summary>
    public IReadOnlyList<DocumentSection> Sections { get; init; } = [];

    /// <summary>What the research found.</summary>
    public string? Findings { get; init; }

    /// <summary>What it means for teaching.</summary>
    public string? ConclusionsForPractice { get; init; }

    /// <summary>Themes, as the programme names them (for example <c>oracy</c>).</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Languages of the exhibition, as BCP 47 tags (for example <c>en</c>, <c>lg</c>).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The licence, as an SPDX identifier. Default <c>CC-BY-4.0</c>.</summary>
    public string Licence { get; init; } = ExhibitionFormat.DefaultLicence;

    /// <summary>Global IDs of the trust's provocations the work answers (for example <c>trust:Provocation:…</c>).</summary>
    public IReadOnlyList<string> Provocations { get; init; } = [];

    /// <summary>Earlier work anywhere in the federation that this work builds on.</summary>
    public IReadOnlyList<DocumentLink> BuildsOn { get; init; } = [];

    /// <summary>The pieces of the exhibition, in order.</summary>
    public IReadOnlyList<DocumentMedia> Media { get; init; } = [];

    /// <summary>Face-to-face showings of the exhibition.</summary>
    public IReadOnlyList<DocumentShowing> Showings { get; init; } = [];
}
