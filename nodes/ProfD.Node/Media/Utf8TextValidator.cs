using System.Text;

namespace ProfD.Node.Media;

/// <summary>
/// Checks, chunk by chunk, that a stream is UTF-8 text: well-formed, and free of control characters other than tab,
/// line feed, form feed and carriage return (so a binary file cannot pass as text).
/// </summary>
internal sealed class Utf8TextValidator
{
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] chars = new char[4096];

    /// <summary>Whether <paramref name="bytes"/> is text; a character cut off at the end is allowed unless <paramref name="complete"/>.</summary>
    public static bool IsText(ReadOnlySpan<byte> bytes, bool complete)
    {
        var validator = new Utf8TextValidator();
        return validator.Append(bytes) && (!complete || validator.Complete());
    }

    /// <summary>Checks the next chunk; false as soon as the text is not UTF-8 or holds a forbidden control character.</summary>
    public bool Append(ReadOnlySpan<byte> bytes) => Decode(bytes, flush: false);

    /// <summary>Checks that the stream did not end in the middle of a character.</summary>
    public bool Complete() => Decode([], flush: true);

    private bool Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        try
        {
            var count = decoder.GetCharCount(bytes, flush);
            if (count > chars.Length) chars = new char[count];
            var written = decoder.GetChars(bytes, chars, flush);
            foreach (var c in chars.AsSpan(0, written))
            {
                if (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f')) return false;
                if (c == 0x7F) return false;
            }
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
