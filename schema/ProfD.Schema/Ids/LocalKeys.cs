using System.Security.Cryptography;

namespace ProfD.Schema.Ids;

/// <summary>
/// New local keys: ULIDs (26 characters of Crockford base32, time-ordered), so keys sort by creation time and never
/// collide across nodes. Time comes from the <see cref="TimeProvider"/> you pass, so tests can fix it.
/// </summary>
public static class LocalKeys
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new ULID for the current time of <paramref name="time"/>.</summary>
    public static string New(TimeProvider time)
    {
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        return Format(time.GetUtcNow().ToUnixTimeMilliseconds(), random);
    }

    /// <summary>A ULID from a timestamp and ten bytes of entropy; the same inputs always give the same key.</summary>
    public static string Format(long unixMilliseconds, ReadOnlySpan<byte> entropy)
    {
        if (entropy.Length != 10) throw new ArgumentException("A ULID carries exactly ten bytes of entropy.", nameof(entropy));
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)(unixMilliseconds & 0xFF);
            unixMilliseconds >>= 8;
        }
        entropy.CopyTo(bytes[6..]);

        // 128 bits as 26 base32 digits: the first digit carries the top 3 bits.
        var value = new System.Numerics.BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        Span<char> chars = stackalloc char[26];
        for (var i = 25; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        return new string(chars);
    }
}
