namespace ProfD.Trust.Dashboard;

/// <summary>The programme's figures, per institution and per nation.</summary>
internal sealed record ProgrammeDashboard(
    DateTime GeneratedAt, IReadOnlyList<Figures> Institutions, IReadOnlyList<Figures> Nations, Figures Programme, int SchoolsWithoutTriangle);

/// <summary>
/// One row of figures: an institution, a nation or the programme. Figures from the nodes are null when no node in
/// the row answered; <see cref="Unavailable"/> names the nodes that did not.
/// </summary>
internal sealed record Figures(
    string Scope,
    string? Name,
    string? Nation,
    IReadOnlyList<(string Stage, int Count)>? CandidatesByStage,
    IReadOnlyList<(int Year, int Count)>? AwardsPerYear,
    double? MedianMonthsToAward,
    int AccreditedMentors,
    double? MentorsPerCandidate,
    int TrianglesComplete,
    int TrianglesIncomplete,
    int ExhibitionsPublished,
    long? HarvestLagSeconds,
    IReadOnlyList<string> Unavailable);
