namespace ProfD.Node.Exhibitions;

/// <summary>
/// A withdrawn exhibition stays as a tombstone: its row, ID, title, status and withdrawal remain, so links and
/// harvesters can tell what was there and why it went; its content is no longer shown.
/// </summary>
internal static class ExhibitionTombstone
{
    public static bool Hides(Exhibition exhibition) => exhibition.Status == ExhibitionStatus.Withdrawn;

    /// <summary><paramref name="value"/>, or the default when the exhibition is a tombstone.</summary>
    public static T? Unless<T>(Exhibition exhibition, T value) => Hides(exhibition) ? default : value;
}
