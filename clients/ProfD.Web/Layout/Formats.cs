using System.Globalization;

namespace ProfD.Web.Layout;

/// <summary>How pages write dates, durations and counts: the same everywhere, independent of the server's culture.</summary>
internal static class Formats
{
    public static string Date(DateTimeOffset? value) => value?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string Duration(double? seconds) =>
        seconds is null ? "" : TimeSpan.FromSeconds(Math.Round(seconds.Value)).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);

    public static string Lag(long? seconds) => seconds switch
    {
        null => "never caught up",
        < 120 => $"{seconds} s",
        < 7200 => $"{seconds / 60} min",
        _ => $"{seconds / 3600} h",
    };

    /// <summary>An enum value as people read it: <c>UNDER_ADJUDICATION</c> becomes "under adjudication".</summary>
    public static string Words(string value) => value.Replace('_', ' ').ToLowerInvariant();
}
