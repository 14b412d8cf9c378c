namespace ProfD.Client.Operations;

/// <summary>Variables of <c>WebLibrary</c>: words to find, facet filters and a page.</summary>
public sealed record WebLibraryVariables(string? Search = null, LibraryFilter? Where = null, int? First = null, string? After = null);

/// <summary>The library's facet filters; a null one does not filter.</summary>
public sealed record LibraryFilter(string? Nation = null, string? Institution = null, string? Theme = null, int? Year = null, string? MediaKind = null);

/// <summary>Result of <c>WebLibrary</c>.</summary>
public sealed record WebLibraryData(LibraryPage Library);

/// <summary>One page of library hits with the facets over all of them.</summary>
public sealed record LibraryPage(int TotalCount, PageInfo PageInfo, LibraryFacetSet Facets, IReadOnlyList<LibraryHit> Nodes);

/// <summary>Each facet's values and counts.</summary>
public sealed record LibraryFacetSet(
    IReadOnlyList<FacetCount> Nation, IReadOnlyList<FacetCount> Institution, IReadOnlyList<FacetCount> Theme,
    IReadOnlyList<FacetCount> Year, IReadOnlyList<FacetCount> MediaKind);

/// <summary>A facet value and how many hits have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>An exhibition as the library's result cards show it.</summary>
public sealed record LibraryHit(string Id, string Title, LibraryHitRecord? Library, IReadOnlyList<LibraryHitMedia>? Media);

/// <summary>The harvested record of a hit.</summary>
public sealed record LibraryHitRecord(
    string HomeInstitution, string Nation, DateTimeOffset PublishedAt, string? AuthorName, string Abstract, IReadOnlyList<string> MediaKinds);

/// <summary>A piece of a hit's media, enough to pick a thumbnail.</summary>
public sealed record LibraryHitMedia(string Kind, string? Url, string? MediaId, string? AltText);
