using System.Globalization;

namespace ProfD.Node.Oai;

/// <summary>
/// OAI-PMH datestamps: UTC, to the second (<c>YYYY-MM-DDThh:mm:ssZ</c>), with day granularity (<c>YYYY-MM-DD</c>)
/// also accepted in <c>from</c> and <c>until</c>.
/// </summary>
internal readonly record struct OaiDatestamp(DateTime Value, bool IsDay)
{
    public const string Granularity = "YYYY-MM-DDThh:mm:ssZ";

    private const string SecondsFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>A moment as a datestamp, truncated to the second.</summary>
    public static string Format(DateTime utc) => utc.ToString(SecondsFormat, CultureInfo.InvariantCulture);

    /// <exception cref="OaiException">badArgument: not a datestamp of either granularity.</exception>
    public static OaiDatestamp Parse(string value, string argument)
    {
        const DateTimeStyles styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (DateTime.TryParseExact(value, SecondsFormat, CultureInfo.InvariantCulture, styles, out var moment)) return new(moment, false);
        if (DateTime.TryParseExact(value, DayFormat, CultureInfo.InvariantCulture, styles, out var day)) return new(day, true);
        throw new OaiException(OaiErrorCodes.BadArgument, $"'{value}' in '{argument}' is not a datestamp: use YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC).");
    }

    /// <summary>The first moment after everything this datestamp covers, for an inclusive <c>until</c>.</summary>
    public DateTime End => IsDay ? Value.AddDays(1) : Value.AddSeconds(1);
}
