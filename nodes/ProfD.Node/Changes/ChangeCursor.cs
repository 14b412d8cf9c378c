using System.Buffers.Text;
using System.Globalization;
using System.Text;
using ProfD.Schema.Errors;

namespace ProfD.Node.Changes;

/// <summary>
/// A position in the change feed: the sequence number of the last change seen, base64url-encoded so that clients
/// treat it as opaque.
/// </summary>
internal static class ChangeCursor
{
    private const string Prefix = "change:";

    public static string Encode(long sequence) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The sequence number in <paramref name="cursor"/>.</summary>
    /// <exception cref="BadUserInputException">The text is not a cursor this feed issued.</exception>
    public static long Decode(string cursor, string argument)
    {
        string text;
        try
        {
            text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            text = "";
        }
        if (text.StartsWith(Prefix, StringComparison.Ordinal)
            && text.Length > Prefix.Length
            && text.AsSpan(Prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            return sequence;
        throw new BadUserInputException($"The cursor in '{argument}' is not one this change feed issued; use a Change.cursor or ChangeFeed.endCursor.", argument);
    }
}
