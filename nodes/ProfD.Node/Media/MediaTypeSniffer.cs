namespace ProfD.Node.Media;

/// <summary>
/// Recognises the allowed kinds of file from their first bytes (magic numbers), never from a file name or a declared
/// header: JPEG, PNG, WebP, GIF, PDF, MP4, WebM, MP3, Ogg, WAV and plain UTF-8 text.
/// </summary>
internal static class MediaTypeSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> wants to see (fewer when the file is shorter).</summary>
    public const int HeadLength = 4096;

    public static readonly AllowedMediaType Jpeg = new("image/jpeg", "image/jpg", "image/pjpeg");
    public static readonly AllowedMediaType Png = new("image/png");
    public static readonly AllowedMediaType WebP = new("image/webp");
    public static readonly AllowedMediaType Gif = new("image/gif");
    public static readonly AllowedMediaType Pdf = new("application/pdf");
    public static readonly AllowedMediaType Mp4 = new("video/mp4", "audio/mp4", "audio/x-m4a");
    public static readonly AllowedMediaType WebM = new("video/webm", "audio/webm");
    public static readonly AllowedMediaType Mp3 = new("audio/mpeg", "audio/mp3");
    public static readonly AllowedMediaType Ogg = new("audio/ogg", "video/ogg", "application/ogg");
    public static readonly AllowedMediaType Wav = new("audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave");
    public static readonly AllowedMediaType Text = new("text/plain");

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> PngMagic => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> EbmlMagic => [0x1A, 0x45, 0xDF, 0xA3];

    /// <summary>Every allowed kind.</summary>
    public static IReadOnlyList<AllowedMediaType> All { get; } = [Jpeg, Png, WebP, Gif, Pdf, Mp4, WebM, Mp3, Ogg, Wav, Text];

    /// <summary>
    /// The kind of file that starts with <paramref name="head"/>, or null if it is none of the allowed ones.
    /// <paramref name="complete"/> says <paramref name="head"/> is the whole file (so text may not end mid-character).
    /// </summary>
    public static AllowedMediaType? Detect(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.StartsWith(JpegMagic)) return Jpeg;
        if (head.StartsWith(PngMagic)) return Png;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return Gif;
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.StartsWith("OggS"u8)) return Ogg;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8))
        {
            if (head[8..12].SequenceEqual("WEBP"u8)) return WebP;
            if (head[8..12].SequenceEqual("WAVE"u8)) return Wav;
            return null;
        }
        // An ISO base media file starts with a box: four bytes of size, then its type, "ftyp".
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8)) return Mp4;
        // EBML, with the document type "webm" (Matroska files say "matroska" and are not allowed).
        if (head.StartsWith(EbmlMagic)) return head[..Math.Min(head.Length, 64)].IndexOf("webm"u8) >= 0 ? WebM : null;
        if (head.StartsWith("ID3"u8) || IsMpegAudioFrame(head)) return Mp3;
        return Utf8TextValidator.IsText(head, complete) ? Text : null;
    }

    // An MPEG audio frame header: 11 sync bits, then a version, layer, bitrate and sample rate that are not reserved.
    private static bool IsMpegAudioFrame(ReadOnlySpan<byte> head)
    {
        if (head.Length < 4 || head[0] != 0xFF || (head[1] & 0xE0) != 0xE0) return false;
        var version = (head[1] >> 3) & 0x3;
        var layer = (head[1] >> 1) & 0x3;
        var bitrate = (head[2] >> 4) & 0xF;
        var sampleRate = (head[2] >> 2) & 0x3;
        return version != 1 && layer != 0 && bitrate != 0xF && sampleRate != 0x3;
    }
}
