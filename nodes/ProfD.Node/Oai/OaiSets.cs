using System.Text;

namespace ProfD.Node.Oai;

/// <summary>
/// Sets by research theme: <c>theme</c> holds every exhibition with a theme, and <c>theme:{slug}</c> those with one
/// theme, its name in lower case with every run of other characters turned into '-' (<c>theme:assessment-for-learning</c>).
/// </summary>
internal static class OaiSets
{
    public const string ThemeSet = "theme";

    public static string SpecOf(string theme) => $"{ThemeSet}:{Slug(theme)}";

    /// <summary>
    /// The themes <paramref name="setSpec"/> selects among <paramref name="themes"/>: all of them for <c>theme</c>, the
    /// ones with its slug for <c>theme:{slug}</c>, none for any other set.
    /// </summary>
    public static IReadOnlyList<string> ThemesOf(string setSpec, IEnumerable<string> themes) =>
        setSpec == ThemeSet
            ? [.. themes]
            : [.. themes.Where(t => SpecOf(t) == setSpec)];

    /// <summary>Whether <paramref name="setSpec"/> has the syntax of a setSpec (OAI-PMH section 2.7.1).</summary>
    public static bool IsValidSpec(string setSpec) =>
        setSpec.Split(':').All(part => part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || "-_.!~*'()".Contains(c)));

    private static string Slug(string theme)
    {
        var slug = new StringBuilder(theme.Length);
        foreach (var c in theme.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().TrimEnd('-');
        return text.Length > 0 ? text : "untitled";
    }
}
