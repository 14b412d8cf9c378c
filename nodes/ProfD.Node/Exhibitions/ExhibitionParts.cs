using ProfD.Node.Research;

namespace ProfD.Node.Exhibitions;

/// <summary>Everything an exhibition document is made from, loaded.</summary>
/// <param name="Exhibition">The exhibition row.</param>
/// <param name="Sections">Its sections, any order.</param>
/// <param name="Media">Its media items, any order.</param>
/// <param name="Showings">Its showings, any order.</param>
/// <param name="BuildsOn">The links of the project it presents (none without a project).</param>
/// <param name="AuthorName">The candidate's display name, if known.</param>
/// <param name="Version">The version shown.</param>
/// <param name="SubmittedAt">When that version was submitted; null for a draft.</param>
internal sealed record ExhibitionParts(
    Exhibition Exhibition,
    IReadOnlyList<ExhibitionSection> Sections,
    IReadOnlyList<MediaItem> Media,
    IReadOnlyList<ExhibitionShowing> Showings,
    IReadOnlyList<ResearchLink> BuildsOn,
    string? AuthorName,
    int Version,
    DateTime? SubmittedAt);
