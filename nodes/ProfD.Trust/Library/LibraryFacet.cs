namespace ProfD.Trust.Library;

/// <summary>The facets of the library: each is a kind of <see cref="LibraryTag"/>.</summary>
internal static class LibraryFacet
{
    public const string Nation = "NATION";
    public const string Institution = "INSTITUTION";
    public const string Theme = "THEME";
    public const string Year = "YEAR";
    public const string MediaKind = "MEDIA_KIND";
    public const string Language = "LANGUAGE";
    public const string Provocation = "PROVOCATION";

    public static IReadOnlyList<string> All { get; } = [Nation, Institution, Theme, Year, MediaKind, Language, Provocation];
}
