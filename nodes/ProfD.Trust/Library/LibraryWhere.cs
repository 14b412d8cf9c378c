namespace ProfD.Trust.Library;

/// <summary>Conditions on the library; each names a facet value.</summary>
internal sealed class LibraryWhere
{
    public string? Nation { get; set; }
    public string? Institution { get; set; }
    public string? Theme { get; set; }
    public int? Year { get; set; }
    public string? MediaKind { get; set; }
    public string? Language { get; set; }
    public string? Provocation { get; set; }
}
