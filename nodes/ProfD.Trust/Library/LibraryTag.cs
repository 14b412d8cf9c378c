namespace ProfD.Trust.Library;

/// <summary>
/// One facet value of a library exhibition (its nation, a theme, a language, …), one row each: filters are EXISTS on
/// this table and all facet counts come from one GROUP BY, the same SQL on both engines.
/// </summary>
internal sealed class LibraryTag
{
    public required string ExhibitionId { get; set; }
    /// <summary>One of <see cref="LibraryFacet"/>.</summary>
    public required string Facet { get; set; }
    public required string Value { get; set; }
}
